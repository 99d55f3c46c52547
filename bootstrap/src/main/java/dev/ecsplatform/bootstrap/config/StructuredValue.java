package dev.ecsplatform.bootstrap.config;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

/**
 * Reads a structured config value, which reaches the program as a JSON string. Strictly: gson's own parser
 * is lenient and would read the plain string {@code dev} as JSON, hiding a value that was set as text.
 */
final class StructuredValue {

    // The adapter itself, unlike Gson.fromJson and JsonParser, leaves the reader's strictness alone.
    private static final TypeAdapter<JsonElement> JSON = new Gson().getAdapter(JsonElement.class);

    private StructuredValue() {
    }

    static Optional<JsonElement> parse(String raw) {
        try (var reader = new JsonReader(new StringReader(raw))) {
            reader.setLenient(false);
            var element = JSON.read(reader);
            return reader.peek() == JsonToken.END_DOCUMENT ? Optional.of(element) : Optional.empty();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
