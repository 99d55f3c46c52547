package dev.ecsplatform.plan;

import dev.ecsplatform.config.ConfigLoader;
import dev.ecsplatform.config.InvalidConfigException;
import dev.ecsplatform.config.StackFile;
import dev.ecsplatform.naming.StackNames;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code plan}: the program run offline against a stack file, printed as text or JSON. */
public final class PlanCommand {

    public static final int OK = 0;
    public static final int INVALID_CONFIG = 1;
    public static final int USAGE = 2;
    public static final int PROGRAM_FAILED = 3;

    private PlanCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        var parsed = PlanOptions.parse(args);
        if (parsed.options().isEmpty()) {
            if (!parsed.error().isEmpty()) {
                err.println("plan: " + parsed.error());
            }
            err.println(PlanOptions.USAGE);
            return parsed.error().isEmpty() ? OK : USAGE;
        }
        var options = parsed.options().get();
        try {
            var plan = planFor(options.stackFiles().get(0));
            out.print(options.format().equals("json") ? JsonPlanRenderer.render(plan) : TextPlanRenderer.render(plan));
            return OK;
        } catch (InvalidConfigException e) {
            err.println(e.getMessage());
            return INVALID_CONFIG;
        } catch (IOException e) {
            err.println("plan: cannot read " + e.getMessage());
            return USAGE;
        } catch (OfflinePlanner.PlanFailedException e) {
            err.println("plan: " + e.getMessage());
            return PROGRAM_FAILED;
        }
    }

    /** Loads and validates a stack file, then runs the program offline. */
    public static Plan planFor(Path stackFile) throws IOException {
        if (!Files.isRegularFile(stackFile)) {
            throw new java.nio.file.NoSuchFileException(stackFile + " (no such stack file)");
        }
        var directory = stackFile.toAbsolutePath().getParent();
        var project = ProjectFile.projectName(directory);
        var config = ConfigLoader.load(project, StackFile.read(stackFile));
        return OfflinePlanner.plan(new StackNames(project, StackFile.stackName(stackFile)), config);
    }
}
