package dev.ecsplatform.configkit;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DidYouMeanTest {

    @Test
    void suggestsCloseWordsOnly() {
        var keys = List.of("cidr", "azCount", "natGateways", "endpoints");
        assertThat(DidYouMean.closest("natgateway", keys)).isEqualTo(Optional.of("natGateways"));
        assertThat(DidYouMean.closest("azcount", keys)).isEqualTo(Optional.of("azCount"));
        assertThat(DidYouMean.closest("banana", keys)).isEmpty();
    }

    @Test
    void distanceCountsEdits() {
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
        assertThat(DidYouMean.distance("same", "same")).isZero();
    }
}
