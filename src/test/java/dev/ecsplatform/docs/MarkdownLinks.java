package dev.ecsplatform.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the relative links of Markdown files the way GitHub renders them: the target file or folder exists, and an
 * anchor ({@code #section}) names a heading of the target Markdown file (GitHub's slug: lower case, punctuation
 * dropped, spaces to hyphens, a repeated heading numbered {@code -1}, {@code -2}…) or an HTML {@code id}/{@code name}.
 * Links to other sites are not followed (there is no network here); links inside code are not links.
 */
final class MarkdownLinks {

    /** One link that leads nowhere: where it stands and why. */
    record Broken(Path file, int line, String target, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": (" + target + ") " + reason;
        }
    }

    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "node_modules", ".mvn");
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\]]*])*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s+.*)?$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Path root;
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    MarkdownLinks(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Every Markdown file below the root, outside build output and version control. */
    List<Path> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(p -> root.relativize(p).toString().isEmpty()
                            || Stream.iterate(root.relativize(p).getParent(), q -> q != null, Path::getParent)
                            .noneMatch(q -> SKIPPED_FOLDERS.contains(q.getFileName().toString())))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The links of every Markdown file below the root that lead nowhere. */
    List<Broken> broken() {
        var broken = new ArrayList<Broken>();
        for (var file : files()) {
            broken.addAll(broken(file));
        }
        return broken;
    }

    List<Broken> broken(Path file) {
        var broken = new ArrayList<Broken>();
        var lines = read(file);
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            var text = CODE_SPAN.matcher(line).replaceAll("");
            var targets = new ArrayList<String>();
            Matcher inline = INLINE_LINK.matcher(text);
            while (inline.find()) {
                targets.add(inline.group(1));
            }
            Matcher definition = REFERENCE_DEFINITION.matcher(text);
            if (definition.matches()) {
                targets.add(definition.group(1));
            }
            for (var target : targets) {
                var reason = check(file, target);
                if (reason != null) {
                    broken.add(new Broken(root.relativize(file), i + 1, target, reason));
                }
            }
        }
        return broken;
    }

    /** Why a link from this file leads nowhere, or null when it leads somewhere. */
    private String check(Path from, String target) {
        if (SCHEME.matcher(target).find() || target.startsWith("//")) {
            return null;
        }
        int hash = target.indexOf('#');
        var pathPart = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
        var anchor = hash < 0 ? null : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
        var resolved = pathPart.isEmpty() ? from
                : (pathPart.startsWith("/") ? root.resolve(pathPart.substring(1)) : from.getParent().resolve(pathPart)).normalize();
        if (!resolved.startsWith(root)) {
            return "leads outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file: " + root.relativize(resolved);
        }
        if (anchor == null || anchor.isEmpty() || !resolved.toString().endsWith(".md")) {
            return null;
        }
        return anchorsOf(resolved).contains(anchor.toLowerCase(Locale.ROOT)) ? null
                : "no heading or anchor #" + anchor + " in " + root.relativize(resolved);
    }

    private Set<String> anchorsOf(Path file) {
        return anchors.computeIfAbsent(file, f -> {
            var found = new HashSet<String>();
            var counts = new HashMap<String, Integer>();
            boolean fenced = false;
            for (var line : read(f)) {
                if (line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~")) {
                    fenced = !fenced;
                    continue;
                }
                if (fenced) {
                    continue;
                }
                Matcher html = HTML_ANCHOR.matcher(line);
                while (html.find()) {
                    found.add(html.group(1).toLowerCase(Locale.ROOT));
                }
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    var slug = slug(heading.group(2));
                    int seen = counts.merge(slug, 1, Integer::sum) - 1;
                    found.add(seen == 0 ? slug : slug + "-" + seen);
                }
            }
            return found;
        });
    }

    /** GitHub's anchor for a heading's text. */
    static String slug(String heading) {
        var text = heading.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .toLowerCase(Locale.ROOT);
        var slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
