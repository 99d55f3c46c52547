package dev.ecsplatform.config;

import dev.ecsplatform.configkit.ConfigNode;
import dev.ecsplatform.configkit.DidYouMean;
import java.util.ArrayList;
import java.util.List;

/** Reads and checks {@code ecs-platform:cluster}. */
final class ClusterReader {

    static final List<String> PROVIDERS = List.of("FARGATE", "FARGATE_SPOT");
    static final int MAX_WEIGHT = 1000;
    static final int MAX_BASE = 100_000;

    private ClusterReader() {
    }

    static ClusterSettings read(ConfigNode node) {
        node.expectObject("a mapping with keys containerInsights, capacityProviders");
        var insights = node.field("containerInsights").word("enabled", "enhanced", "disabled").orElse("enabled");
        var strategy = readStrategy(node.field("capacityProviders"));
        node.rejectUnknownKeys();
        return new ClusterSettings(insights, strategy);
    }

    /** A capacity provider strategy keyed by provider name; shared by the cluster and service overrides. */
    static List<CapacityProviderShare> readStrategy(ConfigNode node) {
        if (!node.isPresent()) {
            return List.of(new CapacityProviderShare("FARGATE", 0, 1));
        }
        var shares = new ArrayList<CapacityProviderShare>();
        for (var entry : node.entries("a mapping of FARGATE and/or FARGATE_SPOT to {base, weight}").entrySet()) {
            var provider = entry.getKey();
            var share = entry.getValue();
            if (!PROVIDERS.contains(provider)) {
                share.problems().add(share.path(), "the provider " + ConfigNode.quote(provider),
                        "FARGATE or FARGATE_SPOT", DidYouMean.hint(provider, PROVIDERS));
                continue;
            }
            share.expectObject("a mapping with keys base, weight");
            var base = share.field("base").integer(0, MAX_BASE).orElse(0);
            var weight = share.field("weight").integer(0, MAX_WEIGHT).orElse(1);
            share.rejectUnknownKeys();
            shares.add(new CapacityProviderShare(provider, base, weight));
        }
        if (!shares.isEmpty() && shares.stream().allMatch(s -> s.weight() == 0)) {
            node.problem("at least one provider with a weight above 0 (otherwise no task can be placed)");
        }
        if (shares.stream().filter(s -> s.base() > 0).count() > 1) {
            node.problem("a base above 0 on at most one provider (an ECS rule)");
        }
        if (node.isPresent() && shares.isEmpty() && !node.hasProblem()) {
            node.problem("at least one of FARGATE, FARGATE_SPOT");
        }
        return shares;
    }
}
