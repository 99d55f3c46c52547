package dev.ecsplatform.bootstrap.config;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in one configuration, so that one run reports all of them. */
public final class InvalidConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public InvalidConfigException(List<ConfigProblem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String render(List<ConfigProblem> problems) {
        var heading = problems.size() == 1
                ? "The stack configuration has 1 problem:"
                : "The stack configuration has " + problems.size() + " problems:";
        return problems.stream()
                .map(problem -> "  - " + problem.render())
                .collect(Collectors.joining("\n", heading + "\n", ""));
    }
}
