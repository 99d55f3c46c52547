package dev.ecsplatform.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed command line of {@code plan}.
 *
 * @param stackFiles the stack files to read (one, or two for {@code diff})
 * @param format     {@code text}, {@code json} or {@code markdown}
 * @param diff       true for {@code plan diff A B}
 */
public record PlanOptions(List<Path> stackFiles, String format, boolean diff) {

    public static final List<String> FORMATS = List.of("text", "json", "markdown");
    public static final String USAGE = """
            usage: plan <stack> [--format text|json|markdown] [--project-dir DIR]
                   plan --stack-file PATH [--format text|json|markdown]
                   plan diff <stackA> <stackB> [--format text|json|markdown]   (or two --stack-file)
              <stack>        reads Pulumi.<stack>.yaml (or Pulumi.<stack>.yml) in the project directory (default: the
                             current directory)
              --stack-file   reads any stack file; the stack name comes from its file name
              --format       text (default): counts, tree, services, findings; json: every resource, the topology
                             and the findings; markdown: the report for pull requests (summary, costs, services,
                             Mermaid topology, findings)
            exit codes: 0 planned, 1 invalid configuration, 2 usage, 3 program failure, 4 blocking findings""";

    public static ParseResult parse(String[] args) {
        var stacks = new ArrayList<String>();
        var files = new ArrayList<Path>();
        String format = "text";
        Path projectDir = Path.of(".");
        boolean diff = false;
        for (int i = 0; i < args.length; i++) {
            var arg = args[i];
            switch (arg) {
                case "--format", "--stack-file", "--project-dir" -> {
                    if (i + 1 >= args.length) {
                        return ParseResult.error(arg + " needs a value");
                    }
                    var value = args[++i];
                    if (arg.equals("--format")) {
                        format = value;
                    } else if (arg.equals("--stack-file")) {
                        files.add(Path.of(value));
                    } else {
                        projectDir = Path.of(value);
                    }
                }
                case "diff" -> {
                    if (!stacks.isEmpty() || !files.isEmpty() || diff) {
                        return ParseResult.error("diff must come first: plan diff <stackA> <stackB>");
                    }
                    diff = true;
                }
                case "-h", "--help" -> {
                    return ParseResult.error("");
                }
                default -> {
                    if (arg.startsWith("-")) {
                        return ParseResult.error("unknown option " + arg);
                    }
                    stacks.add(arg);
                }
            }
        }
        if (!FORMATS.contains(format)) {
            return ParseResult.error("--format must be one of " + String.join(", ", FORMATS) + ", not " + format);
        }
        for (var stack : stacks) {
            files.add(stackFile(projectDir, stack));
        }
        int wanted = diff ? 2 : 1;
        if (files.size() != wanted) {
            return ParseResult.error(diff ? "plan diff needs two stacks or stack files"
                    : "name one stack (e.g. plan dev) or one --stack-file");
        }
        return new ParseResult(Optional.of(new PlanOptions(List.copyOf(files), format, diff)), "");
    }

    /** {@code Pulumi.<stack>.yaml}, or {@code Pulumi.<stack>.yml} when only that one exists (Pulumi reads both). */
    static Path stackFile(Path projectDir, String stack) {
        var yaml = projectDir.resolve("Pulumi." + stack + ".yaml");
        var yml = projectDir.resolve("Pulumi." + stack + ".yml");
        return !java.nio.file.Files.exists(yaml) && java.nio.file.Files.exists(yml) ? yml : yaml;
    }

    /** Options, or an error message (empty message: help was asked for). */
    public record ParseResult(Optional<PlanOptions> options, String error) {
        static ParseResult error(String message) {
            return new ParseResult(Optional.empty(), message);
        }
    }
}
