package dev.ecsplatform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Packages in layers, bottom first. A class may use classes of its own package and of packages in lower
 * layers only: not of a package in its own layer (that is how cycles start) and never of one above.
 *
 * @param base   the root package; its direct classes form the package named {@link #ROOT}
 * @param layers package names relative to {@code base}, bottom layer first
 */
record PackageLayers(String base, List<Set<String>> layers) {

    static final String ROOT = "(root)";

    /** One dependency that breaks the layering. */
    record Violation(String fromClass, String toClass, String fromPackage, String toPackage) {
        @Override
        public String toString() {
            return fromClass + " (" + fromPackage + ") uses " + toClass + " (" + toPackage + "), which is not below it";
        }
    }

    /** The package of a class relative to {@code base} (first segment only), or empty for classes outside it. */
    Optional<String> packageOf(String packageName) {
        if (packageName.equals(base)) {
            return Optional.of(ROOT);
        }
        if (!packageName.startsWith(base + ".")) {
            return Optional.empty();
        }
        var rest = packageName.substring(base.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /** The layer index of a package, or -1 when no layer lists it. */
    int rank(String pkg) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).contains(pkg)) {
                return i;
            }
        }
        return -1;
    }

    /** Packages that hold classes but appear in no layer. */
    Set<String> unplaced(JavaClasses classes) {
        var missing = new TreeSet<String>();
        classes.forEach(c -> packageOf(c.getPackageName()).filter(p -> rank(p) < 0).ifPresent(missing::add));
        return missing;
    }

    List<Violation> violations(JavaClasses classes) {
        var found = new LinkedHashMap<String, Violation>();
        classes.forEach(origin -> packageOf(origin.getPackageName()).ifPresent(from ->
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    var target = dependency.getTargetClass().getBaseComponentType();
                    packageOf(target.getPackageName())
                            .filter(to -> !to.equals(from) && rank(to) >= rank(from))
                            .ifPresent(to -> {
                                var violation = new Violation(origin.getName(), target.getName(), from, to);
                                found.putIfAbsent(violation.toString(), violation);
                            });
                })));
        return new ArrayList<>(found.values());
    }

    /** A use of a package that is not below the using one, by name; for checks over source text. */
    boolean allows(String fromPackage, String toPackage) {
        return fromPackage.equals(toPackage) || rank(toPackage) < rank(fromPackage);
    }

    /** For messages: each package's layer. */
    Map<String, Integer> ranks() {
        var ranks = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < layers.size(); i++) {
            for (var pkg : new TreeSet<>(layers.get(i))) {
                ranks.put(pkg, i);
            }
        }
        return ranks;
    }
}
