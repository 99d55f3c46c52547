package dev.ecsplatform.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.ecsplatform.architecture.fixture.low.UsesHigherLayer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layers of {@code src/main} read bottom-up: AWS vocabulary → config → pure planners → components →
 * program → plan and report → command line. A package that uses one above it (or beside it, in its own
 * layer) fails here, so the package graph stays free of cycles.
 */
class LayeringTest {

    /** Bottom first. A new package must be placed here. */
    static final PackageLayers MAIN = new PackageLayers("dev.ecsplatform", List.of(
            Set.of("configkit", "contract"),            // shared/ with bootstrap/: config toolkit, the deploy-role contract
            Set.of("aws", "iam", "naming", "startup",   // AWS vocabulary and rules, IAM documents, names; start-up guard;
                    "live"),                             // the program's own AWS calls in a real update (SDK v2)
            Set.of("config"),                            // the loader and validated records
            Set.of("callgraph"),                         // who calls whom (pure)
            Set.of("stack"),                             // the facts every component shares
            Set.of("network"),                           // components, each on those below it
            Set.of("cluster"),
            Set.of("security"),
            Set.of("ingress"),
            Set.of("service"),
            Set.of("catalog"),
            Set.of("observability"),                     // alarms, dashboard and saved queries over the services
            Set.of("program"),                           // the stack program: components in architecture order
            Set.of("plan"),                              // the program under the mock engine
            Set.of("findings"),
            Set.of("report"),
            Set.of("cli"),
            Set.of(PackageLayers.ROOT)));                // Main and Preflight

    private static final com.tngtech.archunit.core.domain.JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ecsplatform");

    @Test
    void everyMainPackageHasALayer() {
        assertThat(MAIN_CLASSES).isNotEmpty();
        assertThat(MAIN.unplaced(MAIN_CLASSES))
                .as("packages missing from LayeringTest.MAIN (place each in the layer it belongs to)")
                .isEmpty();
    }

    @Test
    void noMainPackageUsesOneAboveOrBesideIt() {
        assertThat(MAIN.violations(MAIN_CLASSES)).as("layers: %s", MAIN.ranks()).isEmpty();
    }

    /**
     * The same rule over the source text: a use of a compile-time constant (say {@code ConnectedService.TYPE})
     * is inlined by the compiler and leaves no trace in the class files, but its import or qualified name does.
     */
    @Test
    void noMainSourceNamesAPackageAboveOrBesideIt() throws IOException {
        var reference = Pattern.compile("\\bdev\\.ecsplatform\\.([a-z]+)\\.[A-Z]");
        var root = Path.of("src/main/java/dev/ecsplatform");
        var found = new ArrayList<String>();
        try (var files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                var relative = root.relativize(file.getParent()).toString();
                var from = relative.isEmpty() ? PackageLayers.ROOT : relative.split("[/\\\\]")[0];
                var matcher = reference.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!MAIN.allows(from, matcher.group(1))) {
                        found.add(root.relativize(file) + " names " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(found).as("layers: %s", MAIN.ranks()).isEmpty();
    }

    /**
     * {@code shared/} is compiled into the bootstrap too, which has none of this program's packages: its sources name
     * only each other (and no Pulumi class, so the bootstrap's other uses of them stay free of this program's SDK use).
     */
    @Test
    void sharedSourcesNameOnlySharedPackagesAndNoPulumiClass() throws IOException {
        var reference = Pattern.compile("\\b(dev\\.ecsplatform\\.[a-z]+|com\\.pulumi)\\.");
        var root = Path.of("shared/src/main/java");
        var found = new ArrayList<String>();
        try (var files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                var matcher = reference.matcher(Files.readString(file));
                while (matcher.find()) {
                    var named = matcher.group(1);
                    if (!named.equals("dev.ecsplatform.configkit") && !named.equals("dev.ecsplatform.contract")) {
                        found.add(root.relativize(file) + " names " + named);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aPlantedUpwardDependencyIsCaught() {
        var fixtures = new ClassFileImporter().importPackages("dev.ecsplatform.architecture.fixture");
        var layers = new PackageLayers("dev.ecsplatform.architecture.fixture", List.of(Set.of("low"), Set.of("high")));

        assertThat(layers.violations(fixtures)).extracting(PackageLayers.Violation::toString).containsExactly(
                UsesHigherLayer.class.getName() + " (low) uses dev.ecsplatform.architecture.fixture.high.HighLevel"
                        + " (high), which is not below it");
    }

    @Test
    void aDependencyInsideOneLayerIsCaughtAndAnUnlistedPackageIsReported() {
        var fixtures = new ClassFileImporter().importPackages("dev.ecsplatform.architecture.fixture");
        var sideBySide = new PackageLayers("dev.ecsplatform.architecture.fixture", List.of(Set.of("low", "high")));
        var missingHigh = new PackageLayers("dev.ecsplatform.architecture.fixture", List.of(Set.of("low")));

        assertThat(sideBySide.violations(fixtures)).hasSize(1);
        assertThat(missingHigh.unplaced(fixtures)).containsExactly("high");
    }
}
