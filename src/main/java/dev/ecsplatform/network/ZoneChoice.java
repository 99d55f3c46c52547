package dev.ecsplatform.network;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetAvailabilityZonesArgs;
import com.pulumi.aws.inputs.GetAvailabilityZonesFilterArgs;
import com.pulumi.aws.outputs.GetAvailabilityZonesResult;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.exceptions.ResourceException;
import com.pulumi.resources.ComponentResource;
import dev.ecsplatform.aws.FargateZones;
import dev.ecsplatform.config.AvailabilityZones;

import java.util.ArrayList;
import java.util.List;

/**
 * The zones the subnets go to, in the order of their fixed slots.
 *
 * <p>Named zones are used as given (sorted). A count takes the first zones of the region by name, in any state:
 * filtering on {@code available} would let a zone that reports {@code impaired} for a while drop out and shift
 * every later slot, which replaces subnets. New zones get later letters, so they sort after the ones in use.
 * Local and Wavelength Zones (opt-in) and zones where Fargate does not run are never chosen; named zones in
 * regions where Fargate skips some are checked against their zone ids when the program runs.
 */
final class ZoneChoice {

    private ZoneChoice() {
    }

    static Output<List<String>> resolve(ComponentResource network, String region, AvailabilityZones zones) {
        var unsupported = FargateZones.unsupportedZoneIds(region);
        var options = InvokeOptions.builder().parent(network).build();
        if (zones.isExplicit()) {
            if (!unsupported.isEmpty()) {
                // A check of its own, not part of the subnets' inputs: the run fails with this one message rather
                // than with every subnet that would have been placed in the zone. The SDK awaits it.
                AwsFunctions.getAvailabilityZones(GetAvailabilityZonesArgs.builder()
                                .allAvailabilityZones(true)
                                .filters(filter("zone-name", zones.explicitNames()))
                                .build(), options)
                        .applyValue(found -> requireFargate(network, found, unsupported, zones.explicitNames()));
            }
            return Output.of(zones.explicitNames());
        }
        return AwsFunctions.getAvailabilityZones(GetAvailabilityZonesArgs.builder()
                        .filters(filter("opt-in-status", List.of("opt-in-not-required")))
                        .excludeZoneIds(unsupported)
                        .build(), options)
                .applyValue(found -> enough(network, region, zones.count(), found.names().stream().sorted().toList()));
    }

    /**
     * A count larger than the zones the region offers is refused here with one line, before any subnet is planned
     * into a zone that does not exist (the offline check knows only some regions' zones).
     */
    private static List<String> enough(ComponentResource network, String region, int count, List<String> names) {
        if (names.size() < count) {
            throw new ResourceException("network.azCount is " + count + ", but " + region + " has " + names.size()
                    + " availability zones where Fargate runs for this account (" + String.join(", ", names)
                    + "); set azCount to at most " + names.size(), network, true);
        }
        return names;
    }

    private static GetAvailabilityZonesFilterArgs filter(String name, List<String> values) {
        return GetAvailabilityZonesFilterArgs.builder().name(name).values(values).build();
    }

    private static List<String> requireFargate(ComponentResource network, GetAvailabilityZonesResult found,
                                               List<String> unsupported, List<String> named) {
        var refused = new ArrayList<String>();
        for (int i = 0; i < found.names().size(); i++) {
            if (unsupported.contains(found.zoneIds().get(i))) {
                refused.add(found.names().get(i) + " (" + found.zoneIds().get(i) + ")");
            }
        }
        if (!refused.isEmpty()) {
            throw new ResourceException("network.availabilityZones names " + String.join(", ", refused)
                    + ", where Fargate does not run (zone ids " + String.join(", ", unsupported) + " of this region);"
                    + " zone names map to different zones in each account, so choose others", network, true);
        }
        return named;
    }
}
