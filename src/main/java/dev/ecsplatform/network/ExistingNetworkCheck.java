package dev.ecsplatform.network;

import dev.ecsplatform.aws.FargateZones;
import dev.ecsplatform.aws.InterfaceEndpoint;
import dev.ecsplatform.config.ExistingNetwork;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What an existing VPC must offer before anything is built on it, checked on what the lookups found. Pure: each
 * problem is one line that names the key of {@code network.existing} and what is missing.
 */
final class ExistingNetworkCheck {

    static final String KEY = "network.existing";
    private static final String DEFAULT_ROUTE = "0.0.0.0/0";

    private ExistingNetworkCheck() {
    }

    static List<String> problems(ExistingNetwork wanted, NetworkFacts facts, String account, String region) {
        var problems = new ArrayList<String>();
        var vpc = facts.vpc();
        var vpcKey = KEY + ".vpcId";
        if (!vpc.ownerId().equals(account)) {
            // Cloud Map creates the namespace's hosted zone in the caller's account and associates it with the VPC,
            // which a participant of a shared VPC may not do (docs/design-decisions.md).
            problems.add(vpcKey + ": " + vpc.id() + " is owned by account " + vpc.ownerId() + " and shared with this"
                    + " account " + account + "; Cloud Map cannot create the private DNS namespace in a VPC another"
                    + " account owns: deploy the stack in the owner's account or use a VPC of this account");
        }
        if (!vpc.dnsSupport() || !vpc.dnsHostnames()) {
            var off = new ArrayList<String>();
            if (!vpc.dnsSupport()) {
                off.add("DNS resolution (enableDnsSupport)");
            }
            if (!vpc.dnsHostnames()) {
                off.add("DNS hostnames (enableDnsHostnames)");
            }
            problems.add(vpcKey + ": " + vpc.id() + " has " + String.join(" and ", off) + " off; the private DNS"
                    + " namespace and interface endpoints with private DNS need both on (ask the VPC's owner to turn"
                    + " them on)");
        }
        subnets(wanted.privateSubnetIds(), KEY + ".privateSubnetIds", true, facts, region, problems);
        subnets(wanted.publicSubnetIds(), KEY + ".publicSubnetIds", false, facts, region, problems);
        egress(wanted, facts, region, problems);
        return problems;
    }

    /** The interface endpoints the stack creates: those it may create that the VPC lacks with private DNS. */
    static Set<InterfaceEndpoint> toCreate(ExistingNetwork wanted, NetworkFacts facts, String region) {
        var result = EnumSet.noneOf(InterfaceEndpoint.class);
        result.addAll(wanted.endpoints());
        result.removeAll(present(facts, region));
        return result;
    }

    /** Endpoints the VPC already has with private DNS: AWS refuses a second one for the same service. */
    static Set<InterfaceEndpoint> present(NetworkFacts facts, String region) {
        var result = EnumSet.noneOf(InterfaceEndpoint.class);
        for (var endpoint : InterfaceEndpoint.values()) {
            if (facts.endpoints().stream().anyMatch(e -> e.privateDns() && e.service().equals(endpoint.serviceName(region)))) {
                result.add(endpoint);
            }
        }
        return result;
    }

    private static void subnets(List<String> ids, String key, boolean isPrivate, NetworkFacts facts, String region,
                                List<String> problems) {
        var zones = new TreeSet<String>();
        boolean allFound = true;
        var unsupported = FargateZones.unsupportedZoneIds(region);
        for (int i = 0; i < ids.size(); i++) {
            var id = ids.get(i);
            var itemKey = key + "[" + i + "]";
            var found = facts.subnet(id);
            if (found.isEmpty()) {
                problems.add(itemKey + ": " + id + " was not found in this account and region");
                allFound = false;
                continue;
            }
            var subnet = found.get();
            if (!subnet.vpcId().equals(facts.vpc().id())) {
                problems.add(itemKey + ": " + id + " belongs to " + subnet.vpcId() + ", not to " + facts.vpc().id());
                allFound = false;
                continue;
            }
            zones.add(subnet.zone());
            if (isPrivate && subnet.mapsPublicIp()) {
                problems.add(itemKey + ": " + id + " gives every network interface a public IP (MapPublicIpOnLaunch);"
                        + " a private subnet must not (Security Hub EC2.15)");
            }
            if (isPrivate && unsupported.contains(subnet.zoneId())) {
                problems.add(itemKey + ": " + id + " is in " + subnet.zone() + " (" + subnet.zoneId() + "), where"
                        + " Fargate does not run");
            }
            var table = facts.routeTableOf(id);
            var target = table.flatMap(NetworkFacts.RouteTable::defaultTarget).orElse("");
            if (!isPrivate && !target.startsWith("igw-")) {
                problems.add(itemKey + ": " + id + " has no default route (" + DEFAULT_ROUTE + ") to an internet gateway"
                        + table.map(t -> " in its route table " + t.id()).orElse("") + ", so the load balancer in it"
                        + " could not be reached from the internet");
            }
            if (isPrivate && target.startsWith("igw-")) {
                problems.add(itemKey + ": " + id + " routes " + DEFAULT_ROUTE + " to the internet gateway " + target
                        + " (route table " + table.get().id() + "): that is a public subnet; name it under"
                        + " publicSubnetIds and give the tasks subnets that route through a NAT gateway");
            }
        }
        // Silent when a subnet was refused: its zone is not the one the user meant.
        if (allFound && !ids.isEmpty() && zones.size() == 1) {
            problems.add(key + ": every subnet is in " + zones.first() + "; at least two zones are needed"
                    + (isPrivate ? ", so that a zone's outage leaves tasks running" : " by the load balancer"));
        }
    }

    /**
     * A private subnet without a route out (NAT gateway, transit gateway, NAT instance) reaches ECR, CloudWatch Logs and
     * the secret stores only through interface endpoints, and S3's image layers through the gateway endpoint.
     */
    private static void egress(ExistingNetwork wanted, NetworkFacts facts, String region, List<String> problems) {
        var available = present(facts, region);
        available.addAll(wanted.endpoints());
        var missing = EnumSet.copyOf(wanted.required());
        missing.removeAll(available);
        var ids = wanted.privateSubnetIds();
        for (int i = 0; i < ids.size(); i++) {
            var id = ids.get(i);
            if (facts.subnet(id).filter(s -> s.vpcId().equals(facts.vpc().id())).isEmpty()) {
                continue;
            }
            var table = facts.routeTableOf(id);
            var target = table.flatMap(NetworkFacts.RouteTable::defaultTarget).orElse("");
            if (target.startsWith("nat-") || target.startsWith("tgw-") || target.startsWith("eni-")
                    || target.startsWith("i-") || target.startsWith("igw-")) {
                continue;
            }
            var lacks = new ArrayList<String>();
            if (!missing.isEmpty()) {
                lacks.add("the interface endpoints " + missing.stream().map(InterfaceEndpoint::word)
                        .collect(Collectors.joining(", ")) + " (add them to " + KEY + ".endpoints, or leave that key"
                        + " out to create what the services need)");
            }
            if (table.filter(NetworkFacts.RouteTable::hasGatewayEndpoint).isEmpty()) {
                lacks.add("an S3 gateway endpoint on its route table (image layers come from S3)");
            }
            if (!lacks.isEmpty()) {
                problems.add(KEY + ".privateSubnetIds[" + i + "]: " + id + " has no default route to a NAT gateway"
                        + table.map(t -> " in its route table " + t.id()).orElse("") + " and the VPC lacks "
                        + String.join(" and ", lacks) + ", so tasks could not pull images, write logs or read secrets");
            }
        }
    }
}
