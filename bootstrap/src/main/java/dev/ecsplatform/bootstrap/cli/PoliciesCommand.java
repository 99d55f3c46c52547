package dev.ecsplatform.bootstrap.cli;

import dev.ecsplatform.bootstrap.config.ConfigLoader;
import dev.ecsplatform.bootstrap.grants.AccessContext;
import dev.ecsplatform.bootstrap.grants.AccessPlan;
import dev.ecsplatform.bootstrap.grants.AccessPlanJson;
import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.bootstrap.config.BootstrapStackFile;
import dev.ecsplatform.contract.AwsAccount;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code policies}: every role and policy the bootstrap would create for a configuration, as JSON, offline (no
 * credentials, no Pulumi CLI): the same {@link AccessPlan} the program declares, spelled for the account given.
 */
public final class PoliciesCommand {

    public static final int OK = 0;
    public static final int INVALID_CONFIG = 1;
    public static final int USAGE = 2;

    public static final String USAGE_TEXT = """
            usage: policies [--stack NAME | --config-file PATH] [--account ID] [--partition aws] [--format json]
              --stack NAME        the bootstrap stack whose Pulumi.NAME.yaml (in the current folder) to read; default shared
              --config-file PATH  a bootstrap stack file anywhere (its stack name comes from the file name)
              --account ID        the 12-digit account the ARNs are spelled with; default 123456789012
              --partition P       aws, aws-cn or aws-us-gov; default aws""";

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern PARTITION = Pattern.compile("aws(?:-[a-z]+)*");
    private static final String DEFAULT_NAMESPACE = "ecs-platform-bootstrap";

    private PoliciesCommand() {
    }

    /** @param args the arguments after {@code policies} */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        var stack = "shared";
        Path file = null;
        var account = "123456789012";
        var partition = "aws";
        for (var i = 0; i < args.length; i++) {
            var option = args[i];
            if (i + 1 >= args.length) {
                return usage(err, option + " needs a value");
            }
            var value = args[++i];
            switch (option) {
                case "--stack" -> stack = value;
                case "--config-file" -> file = Path.of(value);
                case "--account" -> account = value;
                case "--partition" -> partition = value;
                case "--format" -> {
                    if (!value.equals("json")) {
                        return usage(err, "--format must be json, not " + value);
                    }
                }
                default -> {
                    return usage(err, "unknown option " + option);
                }
            }
        }
        if (!ACCOUNT.matcher(account).matches()) {
            return usage(err, "--account must be 12 digits, not " + account);
        }
        if (!PARTITION.matcher(partition).matches()) {
            return usage(err, "--partition must be aws, aws-cn or aws-us-gov, not " + partition);
        }
        var configFile = file != null ? file : Path.of("Pulumi." + stack + ".yaml");
        try {
            var source = BootstrapStackFile.read(configFile);
            var config = new ConfigLoader(namespace(configFile.toAbsolutePath().getParent())).load(source);
            var context = AccessContext.of(config, new AwsAccount(partition, account));
            out.print(AccessPlanJson.render(config, AccessPlan.of(config), context, BootstrapStackFile.stackName(configFile)));
            return OK;
        } catch (InvalidConfigException e) {
            err.println(e.getMessage());
            return INVALID_CONFIG;
        } catch (IOException e) {
            err.println("policies: cannot read " + configFile + ": " + e.getMessage());
            return USAGE;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("policies: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    /** The config namespace: the project name in the folder's {@code Pulumi.yaml}, as Pulumi uses it. */
    private static String namespace(Path folder) throws IOException {
        var project = folder.resolve("Pulumi.yaml");
        if (!Files.isRegularFile(project)) {
            return DEFAULT_NAMESPACE;
        }
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(project));
        return document instanceof Map<?, ?> map && map.get("name") instanceof String name ? name : DEFAULT_NAMESPACE;
    }
}
