package dev.ecsplatform.findings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PLAT.3 matches hosts, not substrings. From each seed a public host (exact or {@code *.} wildcard) and values
 * that call it in every way a URL or address can be written (must match) or that merely contain it as text (a
 * longer host, a host under it, a look-alike, a path or query, a mail address: must not match).
 */
class HostReferencesTest {

    private static final List<String> LABELS = List.of("example", "status", "api", "org", "com", "shop", "a", "x-1", "internal", "io");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aValueCallsThePublicEntryOnlyWhenOneOfItsHostsIsAPublicHost(long seed) {
        var random = new Random(seed);
        var host = labels(random, 2 + random.nextInt(2));
        var wildcard = random.nextInt(3) == 0;
        var names = List.of(wildcard ? "*." + host : host);
        var other = labels(random, 2) + ".net";
        var port = 1 + random.nextInt(65535);

        // A host the entry serves: the host itself, or (wildcard) any host under it.
        var served = wildcard ? labels(random, 1) + "." + host : host;
        var calls = new ArrayList<>(List.of(
                served, served + ":" + port, "https://" + served, "http://" + served + ":" + port + "/path?q=" + other,
                "grpc://" + served.toUpperCase(), "https://user:pw@" + served + "/x", served + "/v1/items",
                "https://" + other + "," + served, "[\"https://" + served + "\"]", "https://" + served + "./x",
                other + " " + served + ":" + port));
        for (var value : calls) {
            assertThat(HostReferences.firstMatch(value, names)).as("%s in %s", names, value).contains(names.get(0));
        }

        var lookAlike = host.replaceFirst("^[^.]+", "$0x");
        var notCalls = new ArrayList<>(List.of(
                "https://" + host + "." + other + "/x", "https://" + lookAlike, "pre-" + host, host + "-2.com",
                "https://" + other + "/redirect?to=" + served, "https://" + other + "/" + served, "ops@" + served,
                "https://" + other + "#" + served, host.replace('.', '_'), "text " + host.replace(".", " . ")));
        if (!wildcard) {
            notCalls.add("https://" + labels(random, 1) + "." + host + "/status");
        }
        for (var value : notCalls) {
            assertThat(HostReferences.firstMatch(value, names)).as("%s in %s", names, value).isEmpty();
        }
    }

    private static String labels(Random random, int count) {
        var parts = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            parts.add(LABELS.get(random.nextInt(LABELS.size())));
        }
        return String.join(".", parts);
    }
}
