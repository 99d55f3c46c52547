package dev.ecsplatform.configkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every configuration problem so that one run reports all of them at once. A root problem (a key
 * written twice, a number JSON cannot carry, a refused entry) silences what later readers would say about the
 * same value or anything inside it: the user sees the cause once, not its echoes.
 */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();
    private final List<String> roots = new ArrayList<>();

    public void add(String path, String given, String expected) {
        add(path, given, expected, "");
    }

    public void add(String path, String given, String expected, String hint) {
        add(new Problem(path, given, expected, hint));
    }

    public void add(Problem problem) {
        // Two readers may look at the same value (e.g. a service's calls); say each thing once.
        if (!found.contains(problem) && !underRoot(problem.path())) {
            found.add(problem);
        }
    }

    /** A problem that explains everything else about this value: nothing more is reported at or under its path. */
    public void addRoot(Problem problem) {
        add(problem);
        roots.add(problem.path());
    }

    public void addRoot(String path, String given, String expected) {
        addRoot(new Problem(path, given, expected, ""));
    }

    /** True when a problem was already reported at {@code path} or inside it. */
    public boolean reportedAt(String path) {
        return found.stream().anyMatch(p -> within(p.path(), path));
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

    private boolean underRoot(String path) {
        return roots.stream().anyMatch(root -> within(path, root));
    }

    /** {@code path} is {@code outer} or a key or item inside it. */
    public static boolean within(String path, String outer) {
        return path.equals(outer) || path.startsWith(outer + ".") || path.startsWith(outer + "[");
    }
}
