package dev.ecsplatform.configkit;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.regex.Pattern;

/**
 * Reads plain scalars the way the Pulumi CLI does (YAML 1.2 core schema): only {@code true} and
 * {@code false} are booleans. SnakeYAML's default YAML 1.1 rules would read {@code on}, {@code no}
 * or {@code yes} as booleans, so the offline plan would see a different value than {@code pulumi up}.
 */
final class Yaml12Resolver extends Resolver {

    private static final Pattern BOOL_12 = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
    private static final Pattern INT_12 = Pattern.compile("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$");
    private static final Pattern FLOAT_12 = Pattern.compile(
            "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    private static final Pattern NULL_12 = Pattern.compile("^(?:~|null|Null|NULL)$");

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, BOOL_12, "tTfF", 10);
        addImplicitResolver(Tag.INT, INT_12, "-+0123456789");
        addImplicitResolver(Tag.FLOAT, FLOAT_12, "-+0123456789.");
        addImplicitResolver(Tag.NULL, NULL_12, "~nN\0", 10);
        addImplicitResolver(Tag.NULL, EMPTY, null, 10);
    }

    /** A safe YAML reader (no arbitrary types) with YAML 1.2 scalars. */
    static Yaml yaml() {
        var loaderOptions = new LoaderOptions();
        var dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(loaderOptions), new Representer(dumperOptions), dumperOptions,
                loaderOptions, new Yaml12Resolver());
    }
}
