package dev.ecsplatform.config;

import dev.ecsplatform.configkit.ConfigNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** CloudWatch Logs accepts only these retention periods (days). */
public final class LogRetention {

    public static final List<Integer> ALLOWED_DAYS = List.of(
            1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    private LogRetention() {
    }

    public static Optional<Integer> read(ConfigNode node) {
        if (!node.isPresent()) {
            return Optional.empty();
        }
        var expected = "a CloudWatch Logs retention in days, one of "
                + ALLOWED_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", "));
        var days = node.integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (days.isPresent() && !ALLOWED_DAYS.contains(days.get())) {
            node.problem(expected, nearest(days.get()));
            return Optional.empty();
        }
        return days;
    }

    private static String nearest(int days) {
        return ALLOWED_DAYS.stream().filter(d -> d >= days).findFirst()
                .map(d -> "the next allowed value is " + d)
                .orElse("the longest allowed value is 3653");
    }
}
