package dev.ecsplatform.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
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

    /**
     * The node tree of a document, with marks; no Java objects are constructed, no arbitrary types. The composer
     * is used directly: {@code new Yaml(...)} would also load SnakeYAML's constructor, representer and logger,
     * which cost a tenth of a second at every start and are not needed here.
     */
    static Node compose(String text) {
        var options = options();
        return new Composer(new ParserImpl(new StreamReader(text), options), new PlainScalarResolver(), options).getSingleNode();
    }

    /** The parser's events, read one by one until the end or the first error. */
    static Parser events(String text) {
        return new ParserImpl(new StreamReader(text), options());
    }

    private static LoaderOptions options() {
        var loaderOptions = new LoaderOptions();
        loaderOptions.setMaxAliasesForCollections(MAX_ALIASES);
        loaderOptions.setCodePointLimit(MAX_CODE_POINTS);
        loaderOptions.setAllowRecursiveKeys(false);
        return loaderOptions;
    }
}
