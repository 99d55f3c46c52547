package dev.ecsplatform.configkit;

import java.util.List;

/** The stack configuration is invalid; the message lists every problem, one per line. */
public final class InvalidConfigException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidConfigException(String source, List<Problem> problems) {
        super(render(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(String source, List<Problem> problems) {
        var text = new StringBuilder()
                .append("Invalid configuration in ").append(source).append(" (")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append("); nothing was created:");
        for (var problem : problems) {
            text.append("\n  - ").append(problem.render());
        }
        return text.toString();
    }
}
