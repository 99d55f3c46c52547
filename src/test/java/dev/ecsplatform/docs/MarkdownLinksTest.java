package dev.ecsplatform.docs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every relative link and anchor in the project's Markdown files leads somewhere. */
class MarkdownLinksTest {

    @Test
    void everyRelativeLinkAndAnchorOfTheProjectResolves() {
        var links = new MarkdownLinks(Path.of(""));
        assertThat(links.files()).as("the checker reads the project's Markdown files")
                .contains(Path.of("README.md").toAbsolutePath(), Path.of("docs/configuration.md").toAbsolutePath(),
                        Path.of("bootstrap/README.md").toAbsolutePath());
        assertThat(links.broken()).isEmpty();
    }

    @Test
    void theReadmeStaysShortAndReachesEveryDocsFile() throws IOException {
        var readme = Files.readString(Path.of("README.md"));
        assertThat(readme.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as("README.md bytes").isLessThan(15_500);
        try (var docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(doc ->
                    assertThat(readme).as("README links to %s", doc).contains("(" + "docs/" + doc.getFileName() + ")"));
        }
    }

    @Test
    void aMissingFileAMissingAnchorAndALinkOutsideAreReported(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/guide.md"), """
                # Guide
                ## Deploying `pulumi up`, fast!
                ## Deploying `pulumi up`, fast!
                <a id="custom-spot"></a>
                """);
        Files.writeString(dir.resolve("README.md"), """
                [ok](docs/guide.md#deploying-pulumi-up-fast) [second](docs/guide.md#deploying-pulumi-up-fast-1)
                [html](docs/guide.md#custom-spot) [site](https://example.org/x#y) [self](#readme)
                # Readme
                [gone](docs/missing.md) [no anchor](docs/guide.md#deploying) [out](../outside.md)
                `[code](docs/nowhere.md)`
                ```
                [fenced](docs/nowhere.md)
                ```
                [ref]: docs/other.md
                """);
        var broken = new MarkdownLinks(dir).broken();
        assertThat(broken).extracting(MarkdownLinks.Broken::target)
                .containsExactly("docs/missing.md", "docs/guide.md#deploying", "../outside.md", "docs/other.md");
        assertThat(broken.get(1).reason()).isEqualTo("no heading or anchor #deploying in docs/guide.md");
        assertThat(broken.get(0).line()).isEqualTo(4);
    }

    @Test
    void slugsFollowGitHub() {
        assertThat(MarkdownLinks.slug("Deployments that fail, fail `pulumi up`")).isEqualTo("deployments-that-fail-fail-pulumi-up");
        assertThat(MarkdownLinks.slug("`ecs-platform:services.<name>`")).isEqualTo("ecs-platformservicesname");
        assertThat(MarkdownLinks.slug("Fast start: Pulumi runs the prebuilt jar")).isEqualTo("fast-start-pulumi-runs-the-prebuilt-jar");
    }
}
