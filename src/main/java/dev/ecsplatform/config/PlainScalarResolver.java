package dev.ecsplatform.config;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Leaves the meaning of plain scalars open ({@link YamlTree#PLAIN}) instead of applying SnakeYAML's YAML 1.1
 * rules (which read {@code on} as true and fail on {@code 0o17}); {@link YamlScalars} then reads them as
 * Pulumi's yaml.v3 does. Quoted scalars are text; explicit tags are kept as written.
 */
final class PlainScalarResolver extends Resolver {

    /** Enough for any real stack file; larger files are refused rather than read slowly. */
    private static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    private static final int MAX_ALIASES = 100;

    @Override
    protected void addImplicitResolvers() {
        // None: every plain scalar is resolved in resolve() below.
    }

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar) {
            return implicit ? YamlTree.PLAIN : Tag.STR;
        }
        return super.resolve(kind, value, implicit);
    }

    /** A composer-only reader: nodes with marks, no Java objects built, no arbitrary types. */
    static Yaml yaml() {
        var loaderOptions = new LoaderOptions();
        loaderOptions.setMaxAliasesForCollections(MAX_ALIASES);
        loaderOptions.setCodePointLimit(MAX_CODE_POINTS);
        loaderOptions.setAllowRecursiveKeys(false);
        var dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(loaderOptions), new Representer(dumperOptions), dumperOptions,
                loaderOptions, new PlainScalarResolver());
    }
}
