package dev.ecsplatform.startup;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32C;

/**
 * What a build of the program is made from: a checksum of {@code pom.xml} and of every file under {@code src/main}
 * and {@code shared/src/main} (the sources compiled into this program and into {@code bootstrap/}), by path relative to
 * the project root. Stack files ({@code Pulumi.<stack>.yaml}), tests and everything else in the
 * checkout are left out: changing them needs no rebuild.
 *
 * <p>Hidden files and editor backups ({@code .Main.java.swp}, {@code .DS_Store}, {@code Main.java~}) are left out
 * too: the compiler never reads them, and an editor holding a file open must not make the jar look stale.
 *
 * <p>The checksum is CRC-32C of the content, with the size: it tells an edited file from the one the jar was built
 * from (an edit goes unnoticed with a chance of one in four billion), and it is cheap enough to run at every start
 * (about 20 ms for this project, where SHA-256 cost about 70 ms before the JIT warms up). It is not meant to
 * resist tampering. The text form has one {@code <crc32c> <size> <path>} line per file, sorted by path.
 *
 * @param files {@code <crc32c> <size>} by relative path ({@code /}-separated), sorted by path
 */
public record SourceFingerprint(SortedMap<String, String> files) {

    /** Where the build puts the fingerprint of its sources, inside the jar. */
    public static final String RESOURCE = "META-INF/ecs-platform/sources.crc32c";

    static final String BUILD_FILE = "pom.xml";
    static final String SOURCES = "src/main";
    /** Compiled into the jar too (build-helper-maven-plugin in pom.xml), so an edit there makes the jar stale. */
    static final String SHARED_SOURCES = "shared/src/main";

    public SourceFingerprint {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The fingerprint of the build file and sources under {@code projectRoot} as they are now. */
    public static SourceFingerprint of(Path projectRoot) {
        // java.io, StringBuilder and no String.format, lambdas or regular expressions: this runs at every start,
        // before the JVM has warmed up any of them (docs/benchmarks.md has the measurements).
        var root = projectRoot.toAbsolutePath().toFile();
        var inputs = new ArrayList<File>();
        inputs.add(new File(root, BUILD_FILE));
        collect(new File(root, SOURCES), inputs);
        collect(new File(root, SHARED_SOURCES), inputs);
        var prefix = root.getPath().length() + 1;
        var checksum = new CRC32C();
        var files = new TreeMap<String, String>();
        for (var file : inputs) {
            byte[] content;
            try (var in = new FileInputStream(file)) {
                content = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            checksum.reset();
            checksum.update(content);
            var hex = Long.toHexString(checksum.getValue() | 0x1_0000_0000L).substring(1);
            files.put(file.getPath().substring(prefix).replace(File.separatorChar, '/'),
                    new StringBuilder(hex).append(' ').append(content.length).toString());
        }
        return new SourceFingerprint(files);
    }

    /** Whether {@code projectRoot} holds the sources a fingerprint is taken of: {@code pom.xml} and {@code src/main}. */
    public static boolean hasSources(Path projectRoot) {
        var root = projectRoot.toFile();
        return new File(root, BUILD_FILE).isFile() && new File(root, SOURCES).isDirectory();
    }

    /** Reads the text form written by {@link #text()}; lines that are not {@code <crc32c> <size> <path>} are skipped. */
    public static SourceFingerprint parse(String text) {
        var files = new TreeMap<String, String>();
        for (var line : text.split("\n")) {
            var parts = line.split(" ", 3);
            if (parts.length == 3 && parts[0].length() == 8) {
                files.put(parts[2], new StringBuilder(parts[0]).append(' ').append(parts[1]).toString());
            }
        }
        return new SourceFingerprint(files);
    }

    /** The text form: one {@code <crc32c> <size> <path>} line per file, sorted by path. */
    public String text() {
        var out = new StringBuilder();
        for (var file : files.entrySet()) {
            out.append(file.getValue()).append(' ').append(file.getKey()).append('\n');
        }
        return out.toString();
    }

    /**
     * What differs in this fingerprint (the checkout) from {@code built} (what a jar was built from), one entry per
     * file in path order: {@code src/main/java/dev/ecsplatform/Main.java changed}, {@code … added}, {@code … removed};
     * empty when both are the same.
     */
    public List<String> changesSince(SourceFingerprint built) {
        var changes = new ArrayList<String>();
        var paths = new TreeSet<String>(files.keySet());
        paths.addAll(built.files.keySet());
        for (var path : paths) {
            var now = files.get(path);
            var then = built.files.get(path);
            if (then == null) {
                changes.add(path + " added");
            } else if (now == null) {
                changes.add(path + " removed");
            } else if (!now.equals(then)) {
                changes.add(path + " changed");
            }
        }
        return changes;
    }

    /**
     * Writes the fingerprint of a project's sources into a file; run by the build before the jar is packed.
     * Arguments: the project root and the file to write.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SourceFingerprint <project root> <output file>");
        }
        var output = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(output.getParent());
        Files.writeString(output, of(Path.of(args[0]).toAbsolutePath()).text());
    }

    /** Regular files under {@code directory}, skipping hidden ones and backups; java.io keeps this cheap at start. */
    private static void collect(File directory, List<File> into) {
        var entries = directory.listFiles();
        if (entries == null) {
            return;
        }
        for (var entry : entries) {
            var name = entry.getName();
            if (name.startsWith(".") || name.endsWith("~")) {
                continue;
            }
            if (entry.isDirectory()) {
                collect(entry, into);
            } else if (entry.isFile()) {
                into.add(entry);
            }
        }
    }
}
