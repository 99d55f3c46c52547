package dev.ecsplatform.config;

import dev.ecsplatform.aws.InterfaceEndpoint;
import dev.ecsplatform.aws.InterfaceEndpointNeeds;
import dev.ecsplatform.aws.Ipv4Cidr;
import dev.ecsplatform.aws.RegionZones;
import dev.ecsplatform.aws.SubnetPlanner;
import dev.ecsplatform.configkit.ConfigNode;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads and checks {@code ecs-platform:network}. */
final class NetworkReader {

    static final String DEFAULT_CIDR = "10.0.0.0/16";
    static final int DEFAULT_ZONE_COUNT = 3;
    static final int DEFAULT_FLOW_LOG_RETENTION = 365;

    /** A zone name of some region, checked when the stack's region is unknown. */
    private static final java.util.regex.Pattern ZONE_SHAPE = java.util.regex.Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}[a-z]");

    static final List<Ipv4Cidr> PRIVATE_RANGES = List.of(
            Ipv4Cidr.of("10.0.0.0/8"), Ipv4Cidr.of("172.16.0.0/12"),
            Ipv4Cidr.of("192.168.0.0/16"), Ipv4Cidr.of("100.64.0.0/10"));

    private NetworkReader() {
    }

    /** {@code region} is empty when the stack's region is invalid: zone names are then checked for shape only. */
    static NetworkSettings read(ConfigNode node, Optional<String> region, InterfaceEndpointNeeds.Needs needs,
                                boolean anyPublicService, List<AssociatedVpc> associatedVpcs) {
        node.expectObject("a mapping with keys cidr, azCount or availabilityZones, natGateways, endpoints, flowLogs");
        // Peeked without asking for the key, so that messages about the built network list its keys as before.
        if (node.isObject() && node.entries("").containsKey("existing")) {
            var existing = ExistingNetworkReader.read(node.field("existing"), needs, anyPublicService);
            ExistingNetworkReader.refuseBuiltKeys(node);
            node.rejectUnknownKeys();
            var defaults = Ipv4Cidr.of(DEFAULT_CIDR);
            return new NetworkSettings(defaults, AvailabilityZones.count(DEFAULT_ZONE_COUNT), NatGateways.PER_AZ,
                    existing.endpoints(), existing.endpointsDerived(),
                    new FlowLogSettings(false, "ALL", DEFAULT_FLOW_LOG_RETENTION), Optional.of(existing), associatedVpcs);
        }
        var cidr = readCidr(node.field("cidr"));
        var zones = readZones(node.field("azCount"), node.field("availabilityZones"), region);
        var nat = node.field("natGateways").choice(NatGateways.byWord()).orElse(NatGateways.PER_AZ);
        var endpointsNode = node.field("endpoints");
        var explicitEndpoints = readEndpoints(endpointsNode);
        var required = InterfaceEndpointNeeds.needed(needs);
        if (explicitEndpoints.isPresent() && nat == NatGateways.NONE) {
            var missing = EnumSet.copyOf(required);
            missing.removeAll(explicitEndpoints.get());
            if (!missing.isEmpty()) {
                endpointsNode.problem("a list that includes " + words(missing)
                        + ", because natGateways is none and tasks pull images, write logs and read secrets through them");
            }
        }
        var flowLogs = readFlowLogs(node.field("flowLogs"));
        node.field("existing");
        node.rejectUnknownKeys();
        return new NetworkSettings(cidr, zones, nat, explicitEndpoints.orElse(required),
                explicitEndpoints.isEmpty(), flowLogs, Optional.empty(), associatedVpcs);
    }

    private static Ipv4Cidr readCidr(ConfigNode node) {
        var fallback = Ipv4Cidr.of(DEFAULT_CIDR);
        var text = node.string("an IPv4 CIDR block such as 10.0.0.0/16");
        if (text.isEmpty()) {
            return fallback;
        }
        var parsed = Ipv4Cidr.parse(text.get());
        if (parsed.cidr().isEmpty()) {
            node.problem("an IPv4 CIDR block such as 10.0.0.0/16 (" + parsed.error() + ")",
                    parsed.suggestion().map(s -> "did you mean \"" + s + "\"?").orElse(""));
            return fallback;
        }
        var cidr = parsed.cidr().get();
        if (PRIVATE_RANGES.stream().noneMatch(range -> range.contains(cidr))) {
            node.problem("a block inside a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10)");
            return fallback;
        }
        var sizeProblem = SubnetPlanner.problemWith(cidr);
        if (!sizeProblem.isEmpty()) {
            node.problem(sizeProblem);
            return fallback;
        }
        return cidr;
    }

    private static AvailabilityZones readZones(ConfigNode countNode, ConfigNode namesNode, Optional<String> knownRegion) {
        var region = knownRegion.orElse("<region>");
        if (countNode.isPresent() && namesNode.isPresent()) {
            namesNode.problem("either azCount or availabilityZones, not both");
        }
        var count = countNode.integer(SubnetPlanner.MIN_ZONES, SubnetPlanner.MAX_ZONES);
        // Where the region's zones are known, a count above them is refused here; elsewhere the lookup refuses it
        // at preview (ZoneChoice).
        var most = knownRegion.flatMap(RegionZones::fargateZoneCount);
        int wanted = count.orElse(DEFAULT_ZONE_COUNT);
        if (!countNode.hasProblem() && !namesNode.isPresent() && most.isPresent() && wanted > most.get()) {
            countNode.problem("at most " + most.get() + ": " + region + " has " + most.get()
                    + " availability zones where Fargate runs" + (count.isEmpty() ? " (azCount defaults to "
                    + DEFAULT_ZONE_COUNT + ")" : ""));
        }
        if (!namesNode.isPresent()) {
            return AvailabilityZones.count(count.orElse(DEFAULT_ZONE_COUNT));
        }
        var names = namesNode.strings("availability zone names such as " + region + "a").orElse(List.of());
        var valid = true;
        var seen = new HashSet<String>();
        var items = namesNode.items("a list of availability zone names");
        for (int i = 0; i < names.size() && i < items.size(); i++) {
            var name = names.get(i);
            var problem = knownRegion.isPresent() ? RegionZones.problemWith(name, region)
                    : Optional.of("a zone of the stack's region, such as us-east-1a").filter(p -> !ZONE_SHAPE.matcher(name).matches());
            if (problem.isPresent()) {
                items.get(i).problem(problem.get());
                valid = false;
            } else if (!seen.add(name)) {
                items.get(i).problem("each zone once");
                valid = false;
            }
        }
        if (names.size() < SubnetPlanner.MIN_ZONES || names.size() > SubnetPlanner.MAX_ZONES) {
            namesNode.problem("from " + SubnetPlanner.MIN_ZONES + " to " + SubnetPlanner.MAX_ZONES + " zones");
            valid = false;
        }
        return valid ? AvailabilityZones.named(names) : AvailabilityZones.count(DEFAULT_ZONE_COUNT);
    }

    static Optional<Set<InterfaceEndpoint>> readEndpoints(ConfigNode node) {
        if (!node.isPresent()) {
            return Optional.empty();
        }
        var result = EnumSet.noneOf(InterfaceEndpoint.class);
        var catalog = InterfaceEndpoint.byWord();
        var items = node.items("a list of endpoint names, from " + String.join(", ", catalog.keySet()));
        for (var item : items) {
            item.choice(catalog).ifPresent(endpoint -> {
                if (!result.add(endpoint)) {
                    item.problem("each endpoint once");
                }
            });
        }
        return node.isList() ? Optional.of(result) : Optional.empty();
    }

    private static FlowLogSettings readFlowLogs(ConfigNode node) {
        node.expectObject("a mapping with keys enabled, trafficType, retentionDays");
        var enabled = node.field("enabled").bool().orElse(true);
        var traffic = node.field("trafficType")
                .word("ALL", "ACCEPT", "REJECT").orElse("ALL");
        var retention = LogRetention.read(node.field("retentionDays")).orElse(DEFAULT_FLOW_LOG_RETENTION);
        node.rejectUnknownKeys();
        return new FlowLogSettings(enabled, traffic, retention);
    }

    private static String words(Set<InterfaceEndpoint> endpoints) {
        return endpoints.stream().map(InterfaceEndpoint::word).collect(Collectors.joining(", "));
    }
}
