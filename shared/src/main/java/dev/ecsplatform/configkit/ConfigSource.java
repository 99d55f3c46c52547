package dev.ecsplatform.configkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stack configuration as Pulumi hands it to a program: full keys ({@code project:key}) to strings,
 * where structured values are JSON text. The program builds one from {@code ctx.config()}; tests and
 * the offline plan build one from a {@code Pulumi.<stack>.yaml} file.
 */
public interface ConfigSource {

    Optional<String> get(String fullKey);

    /** Every key that is set, so that unknown keys can be reported. */
    Set<String> keys();

    /** A short description of where the values come from, for error messages. */
    String description();

    /**
     * What was wrong with the file itself (a key written twice, a key that is not text, a number JSON cannot
     * carry): reported with the configuration's own problems, and nothing more is said about those values.
     */
    default List<Problem> problems() {
        return List.of();
    }

    static ConfigSource of(Map<String, String> values, String description) {
        return of(values, description, List.of());
    }

    static ConfigSource of(Map<String, String> values, String description, List<Problem> problems) {
        var copy = new TreeMap<>(values);
        var found = List.copyOf(problems);
        return new ConfigSource() {
            @Override
            public Optional<String> get(String fullKey) {
                return Optional.ofNullable(copy.get(fullKey));
            }

            @Override
            public Set<String> keys() {
                return copy.keySet();
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public List<Problem> problems() {
                return found;
            }
        };
    }
}
