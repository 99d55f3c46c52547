package dev.ecsplatform.aws;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class Ipv4CidrTest {

    @Test
    void parsesAndPrints() {
        assertThat(Ipv4Cidr.of("172.16.4.0/22").toString()).isEqualTo("172.16.4.0/22");
        assertThat(Ipv4Cidr.of("0.0.0.0/0").size()).isEqualTo(1L << 32);
    }

    @Test
    void suggestsTheNetworkAddressWhenHostBitsAreSet() {
        var parsed = Ipv4Cidr.parse("10.1.2.3/16");
        assertThat(parsed.cidr()).isEmpty();
        assertThat(parsed.error()).isEqualTo("host bits are set");
        assertThat(parsed.suggestion()).isEqualTo(Optional.of("10.1.0.0/16"));
    }

    @Test
    void rejectsMalformedText() {
        assertThat(Ipv4Cidr.parse("10.0.0/16").cidr()).isEmpty();
        assertThat(Ipv4Cidr.parse("10.0.0.0").cidr()).isEmpty();
        assertThat(Ipv4Cidr.parse("10.0.0.0/40").error()).isEqualTo("prefix /40 is above /32");
    }

    @Test
    void subnetsAndContainment() {
        var vpc = Ipv4Cidr.of("10.0.0.0/16");
        assertThat(vpc.subnet(19, 7)).isEqualTo(Ipv4Cidr.of("10.0.224.0/19"));
        assertThat(vpc.contains(Ipv4Cidr.of("10.0.5.0/24"))).isTrue();
        assertThat(vpc.contains(Ipv4Cidr.of("10.1.0.0/24"))).isFalse();
        assertThat(Ipv4Cidr.of("10.0.0.0/8").overlaps(vpc)).isTrue();
    }
}
