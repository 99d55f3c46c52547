package dev.ecsplatform.aws;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubnetPlannerTest {

    @Test
    void slash16WithThreeZones() {
        var plan = SubnetPlanner.plan(Ipv4Cidr.of("10.20.0.0/16"), 3);
        assertThat(plan).containsExactly(
                new SubnetPlanner.ZoneSubnets(0, Ipv4Cidr.of("10.20.192.0/22"), Ipv4Cidr.of("10.20.0.0/19")),
                new SubnetPlanner.ZoneSubnets(1, Ipv4Cidr.of("10.20.196.0/22"), Ipv4Cidr.of("10.20.32.0/19")),
                new SubnetPlanner.ZoneSubnets(2, Ipv4Cidr.of("10.20.200.0/22"), Ipv4Cidr.of("10.20.64.0/19")));
    }

    @Test
    void addingAZoneKeepsTheExistingSubnets() {
        var two = SubnetPlanner.plan(Ipv4Cidr.of("10.0.0.0/16"), 2);
        var three = SubnetPlanner.plan(Ipv4Cidr.of("10.0.0.0/16"), 3);
        assertThat(three).startsWith(two.toArray(SubnetPlanner.ZoneSubnets[]::new));
    }

    /** Property: for every allowed VPC size and zone count, subnets sit inside the VPC and never overlap. */
    @ParameterizedTest
    @CsvSource({"10.0.0.0/16", "172.16.0.0/17", "192.168.0.0/18", "10.1.0.0/19", "10.2.0.0/20", "10.3.8.0/21"})
    void subnetsAreInsideTheVpcAndDisjoint(String block) {
        var vpc = Ipv4Cidr.of(block);
        for (int zones = SubnetPlanner.MIN_ZONES; zones <= SubnetPlanner.MAX_ZONES; zones++) {
            var all = new ArrayList<Ipv4Cidr>();
            for (var zone : SubnetPlanner.plan(vpc, zones)) {
                all.add(zone.publicCidr());
                all.add(zone.privateCidr());
                assertThat(zone.publicCidr().prefix()).isLessThanOrEqualTo(SubnetPlanner.SMALLEST_PUBLIC_PREFIX);
                assertThat(zone.privateCidr().size()).isGreaterThan(zone.publicCidr().size());
            }
            for (int i = 0; i < all.size(); i++) {
                assertThat(vpc.contains(all.get(i))).as("%s in %s", all.get(i), vpc).isTrue();
                for (int j = i + 1; j < all.size(); j++) {
                    assertThat(all.get(i).overlaps(all.get(j))).as("%s vs %s", all.get(i), all.get(j)).isFalse();
                }
            }
        }
    }

    @Test
    void refusesBlocksTooSmallForPublicSubnetsOfSlash27() {
        assertThat(SubnetPlanner.problemWith(Ipv4Cidr.of("10.0.0.0/21"))).isEmpty();
        assertThat(SubnetPlanner.problemWith(Ipv4Cidr.of("10.0.0.0/22"))).contains("/21 or larger");
        assertThatThrownBy(() -> SubnetPlanner.plan(Ipv4Cidr.of("10.0.0.0/22"), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesZoneCountsOutsideTheRange() {
        assertThatThrownBy(() -> SubnetPlanner.plan(Ipv4Cidr.of("10.0.0.0/16"), 7))
                .hasMessageContaining("zones must be from 2 to 6");
    }
}
