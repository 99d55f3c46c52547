package dev.ecsplatform.cli;

import dev.ecsplatform.config.ConfigLoader;
import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.config.StackFile;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.plan.OfflinePlanner;
import dev.ecsplatform.report.JsonPlanRenderer;
import dev.ecsplatform.report.JsonValues;
import dev.ecsplatform.report.MarkdownReport;
import dev.ecsplatform.report.PlanDiff;
import dev.ecsplatform.report.PlanReport;
import dev.ecsplatform.report.TextPlanRenderer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/** {@code plan}: the program run offline against a stack file, checked, and printed as text, JSON or Markdown. */
public final class PlanCommand {

    public static final int OK = 0;
    public static final int INVALID_CONFIG = 1;
    public static final int USAGE = 2;
    public static final int PROGRAM_FAILED = 3;
    public static final int BLOCKING_FINDINGS = 4;

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
            if (options.diff()) {
                var left = reportFor(options.stackFiles().get(0));
                var right = reportFor(options.stackFiles().get(1));
                out.print(switch (options.format()) {
                    case "markdown" -> PlanDiff.markdown(left, right);
                    case "json" -> JsonValues.pretty(Map.of("left", left.plan().stack(), "right", right.plan().stack(),
                            "differences", PlanDiff.of(left, right).stream().map(r -> Map.of("section", r.section(),
                                    "item", r.item(), "left", r.left(), "right", r.right())).toList())) + "\n";
                    default -> PlanDiff.text(left, right);
                });
                return OK;
            }
            var report = reportFor(options.stackFiles().get(0));
            report.config().warnings().forEach(warning -> err.println("warning: " + warning.render()));
            out.print(switch (options.format()) {
                case "json" -> JsonPlanRenderer.render(report);
                case "markdown" -> MarkdownReport.render(report);
                default -> TextPlanRenderer.render(report);
            });
            if (!report.findings().passes()) {
                err.println(report.findings().blockingMessage(report.plan().stack()));
                return BLOCKING_FINDINGS;
            }
            return OK;
        } catch (InvalidConfigException e) {
            err.println(e.getMessage());
            return INVALID_CONFIG;
        } catch (IOException e) {
            err.println("plan: cannot read " + describe(e));
            return USAGE;
        } catch (OfflinePlanner.PlanFailedException e) {
            err.println("plan: " + e.getMessage());
            return PROGRAM_FAILED;
        } catch (RuntimeException e) {
            // Not a mistake in the stack file (those are InvalidConfigException): a bug, shown with its trace.
            err.println("plan: the program itself failed (a bug; please report it with this output):");
            e.printStackTrace(err);
            return PROGRAM_FAILED;
        }
    }

    /** The file and the reason, without Java's exception names. */
    private static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            var reason = fs.getReason() != null ? fs.getReason()
                    : e instanceof NoSuchFileException ? "no such file"
                    : e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
            return fs.getFile() + ": " + reason;
        }
        return String.valueOf(e.getMessage());
    }

    /** Loads and validates a stack file, runs the program offline and checks what it registered. */
    public static PlanReport reportFor(Path stackFile) throws IOException {
        if (Files.isDirectory(stackFile)) {
            throw new FileSystemException(stackFile.toString(), null, "a directory, not a stack file");
        }
        if (!Files.exists(stackFile)) {
            throw new NoSuchFileException(stackFile.toString(), null, "no such stack file");
        }
        var directory = stackFile.toAbsolutePath().getParent();
        var project = ProjectFile.projectName(directory);
        var stack = StackFile.stackName(stackFile);
        var config = ConfigLoader.load(project, stack, StackFile.read(stackFile, project));
        return PlanReport.of(new StackNames(project, stack), config);
    }
}
