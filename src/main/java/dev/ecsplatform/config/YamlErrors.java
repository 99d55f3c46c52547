package dev.ecsplatform.config;

import dev.ecsplatform.configkit.Problem;
import dev.ecsplatform.configkit.Problems;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.error.YAMLException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Problems with the text of a stack file itself (not YAML, not UTF-8), told as the user needs them: the key
 * path where reading stopped, the line and column, and the line itself with a caret under the place.
 */
final class YamlErrors {

    private YamlErrors() {
    }

    /** The file's bytes as text (a UTF-8 byte-order mark is dropped, as Pulumi drops it), or where they are not UTF-8. */
    static Text decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        var buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
            return new Text(text, Optional.empty());
        } catch (MalformedInputException e) {
            int bad = buffer.position();
            var readable = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            int line = 0;
            int lineStart = start;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length();
            return new Text(readable, Optional.of(new BadByte(bytes[bad] & 0xff, line, column)));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a UTF-8 decoder reports only malformed input", e);
        }
    }

    /** Decoded text (bad bytes replaced), and the first byte that is not UTF-8, if any. */
    record Text(String text, Optional<BadByte> notUtf8) {
    }

    /** A byte that is not UTF-8 and where it is (0-based line and column). */
    record BadByte(int value, int line, int column) {
    }

    /** The problem of a file that is not UTF-8, at the key path where the bad byte is. */
    static Problem notUtf8(Text text, String project) {
        var bad = text.notUtf8().orElseThrow();
        var given = String.format("bytes that are not UTF-8 text: 0x%02X at line %d, column %d", bad.value(),
                bad.line() + 1, bad.column() + 1);
        return new Problem(pathAt(text.text(), bad.line(), bad.column(), project), given,
                "a stack file saved as UTF-8, as Pulumi reads it (convert it, e.g. iconv -f latin1 -t utf-8)",
                "", excerpt(text.text(), bad.line(), bad.column()));
    }

    /** A YAML syntax error: where reading stopped, the line and column, and the offending line. */
    static Problem syntax(MarkedYAMLException e, String text, String project) {
        var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        var problem = e.getProblem() == null ? "unreadable YAML" : e.getProblem().strip();
        var context = e.getContext() == null || e.getContextMark() == null ? ""
                : e.getContext().strip() + " at line " + (e.getContextMark().getLine() + 1) + ", column "
                + (e.getContextMark().getColumn() + 1) + ": ";
        int line = mark == null ? 0 : mark.getLine();
        int column = mark == null ? 0 : mark.getColumn();
        var given = "text that is not valid YAML at line " + (line + 1) + ", column " + (column + 1) + " (" + context + problem + ")";
        var place = e.getContextMark() != null ? e.getContextMark() : mark;
        // At the end of the file (an unclosed quote) the line worth showing is where the value began.
        var shown = excerpt(text, line, column).lines().findFirst().orElse("").matches("\\d+ \\|\\s*") && place != null
                ? excerpt(text, place.getLine(), place.getColumn()) : excerpt(text, line, column);
        return new Problem(pathAt(text, place, project), given,
                "YAML: indent with spaces (never tabs), close every quote and bracket, one value per key", "", shown);
    }

    private static String pathAt(String text, Mark mark, String project) {
        return mark == null ? "(file)" : pathAt(text, mark.getLine(), mark.getColumn(), project);
    }

    /**
     * The key path of the value being read at {@code line}/{@code column} (0-based), from the parser's events up
     * to that place: {@code ecs-platform:services.orders} for a tab inside the orders mapping.
     */
    static String pathAt(String text, int line, int column, String project) {
        var frames = new ArrayDeque<Frame>();
        try {
            var parser = PlainScalarResolver.events(text);
            for (var event = parser.getEvent(); event != null && !event.is(Event.ID.StreamEnd); event = parser.getEvent()) {
                // Stop at the first event at or after the place, or at the one that spans it (a scalar holding a
                // bad byte): the path is then that of the value being read there.
                if (after(event.getStartMark(), line, column) || after(event.getEndMark(), line, column + 1)) {
                    break;
                }
                step(frames, event);
            }
        } catch (YAMLException e) {
            // Reading stops at the error; the frames say where it was.
        }
        return render(frames, project);
    }

    private static boolean after(Mark mark, int line, int column) {
        return mark != null && (mark.getLine() > line || mark.getLine() == line && mark.getColumn() >= column);
    }

    private static void step(ArrayDeque<Frame> frames, Event event) {
        var parent = frames.peek();
        if (event instanceof CollectionEndEvent) {
            frames.pop();
            var above = frames.peek();
            if (above != null && above.mapping) {
                above.expectKey = !above.expectKey;
            }
            return;
        }
        if (!(event instanceof ScalarEvent || event instanceof AliasEvent || event instanceof CollectionStartEvent)) {
            return;
        }
        var path = new ArrayList<>(parent == null ? List.of() : parent.path);
        if (parent != null && parent.mapping) {
            if (parent.expectKey) {
                parent.key = event instanceof ScalarEvent scalar ? scalar.getValue() : "?";
                if (event instanceof CollectionStartEvent) {
                    frames.push(new Frame(event instanceof MappingStartEvent, path));
                } else {
                    parent.expectKey = false;
                }
                return;
            }
            path.add(parent.key);
        } else if (parent != null) {
            parent.index++;
            path.add("[" + parent.index + "]");
        }
        if (event instanceof CollectionStartEvent) {
            frames.push(new Frame(event instanceof MappingStartEvent, path));
        } else if (parent != null && parent.mapping) {
            parent.expectKey = true;
        }
    }

    private static String render(ArrayDeque<Frame> frames, String project) {
        var top = frames.peek();
        if (top == null) {
            return "(file)";
        }
        var segments = new ArrayList<>(top.path);
        if (top.mapping && !top.expectKey && top.key != null) {
            segments.add(top.key);
        }
        if (segments.isEmpty()) {
            return "(file)";
        }
        if (segments.get(0).equals("config") && segments.size() > 1) {
            segments.remove(0);
            segments.set(0, ConfigKeys.normalize(segments.get(0), project).orElse(segments.get(0)));
        }
        var path = new StringBuilder(segments.get(0));
        for (var segment : segments.subList(1, segments.size())) {
            path.append(segment.startsWith("[") ? "" : ".").append(segment);
        }
        return path.toString();
    }

    /** The line with a caret under the column; tabs are shown as \t so that the caret lines up. */
    static String excerpt(String text, int line, int column) {
        var lines = text.split("\r?\n", -1);
        if (line < 0 || line >= lines.length) {
            return "";
        }
        var content = lines[line];
        var shown = content.replace("\t", "\\t");
        int caret = content.substring(0, Math.min(column, content.length())).replace("\t", "\\t").length();
        var number = (line + 1) + " | ";
        return number + shown + "\n" + " ".repeat(number.length() + caret) + "^";
    }

    private static final class Frame {
        final boolean mapping;
        final List<String> path;
        boolean expectKey = true;
        String key;
        int index = -1;

        Frame(boolean mapping, List<String> path) {
            this.mapping = mapping;
            this.path = path;
        }
    }
}
