package dev.ecsplatform.configkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every configuration problem so that one run reports all of them at once. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void add(String path, String given, String expected) {
        add(path, given, expected, "");
    }

    public void add(String path, String given, String expected, String hint) {
        var problem = new Problem(path, given, expected, hint);
        // Two readers may look at the same value (e.g. a service's calls); say each thing once.
        if (!found.contains(problem)) {
            found.add(problem);
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems in key-path order, so that the message does not depend on parsing order. */
    public List<Problem> sorted() {
        return found.stream().sorted(Comparator.comparing(Problem::path).thenComparing(Problem::expected)).toList();
    }

    /** Throws one exception carrying every problem, or returns quietly when there are none. */
    public void throwIfAny(String source) {
        if (!found.isEmpty()) {
            throw new InvalidConfigException(source, sorted());
        }
    }
}
