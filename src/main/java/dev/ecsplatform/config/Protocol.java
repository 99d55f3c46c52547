package dev.ecsplatform.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The application protocol of a service's port, as Service Connect understands it. */
public enum Protocol {
    HTTP("http", "http"),
    HTTP2("http2", "http2"),
    GRPC("grpc", "grpc"),
    /** Plain TCP: Service Connect sets no appProtocol and allows no per-request timeout. */
    TCP("tcp", null);

    private final String word;
    private final String appProtocol;

    Protocol(String word, String appProtocol) {
        this.word = word;
        this.appProtocol = appProtocol;
    }

    public String word() {
        return word;
    }

    /** The port mapping's {@code appProtocol}, or empty for TCP (ECS treats an unset appProtocol as TCP). */
    public Optional<String> appProtocol() {
        return Optional.ofNullable(appProtocol);
    }

    /** The URL scheme clients use. */
    public String scheme() {
        return switch (this) {
            case HTTP, HTTP2 -> "http";
            case GRPC -> "grpc";
            case TCP -> "tcp";
        };
    }

    public static Map<String, Protocol> byWord() {
        var words = new LinkedHashMap<String, Protocol>();
        for (var value : values()) {
            words.put(value.word, value);
        }
        return words;
    }
}
