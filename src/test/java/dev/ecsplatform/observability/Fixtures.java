package dev.ecsplatform.observability;

import dev.ecsplatform.callgraph.CallGraph;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.testing.StackFiles;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Configurations and planner inputs for the observability tests. */
final class Fixtures {

    static final String ACCOUNT = "123456789012";

    private Fixtures() {
    }

    static ObservabilityNames names(String stack) {
        return new ObservabilityNames(new StackNames(StackFiles.PROJECT, stack));
    }

    static List<PlannedAlarm> alarms(String stack, PlatformConfig config) {
        return AlarmPlanner.plan(names(stack), "ecs-platform-" + stack, config, CallGraph.of(config));
    }

    /** The dashboard inputs of a stack, with stand-in load balancer suffixes for its public services. */
    static DashboardPlanner.Inputs dashboardInputs(String stack, PlatformConfig config) {
        var publicServices = new TreeMap<String, String>();
        config.publicServices().forEach(s -> publicServices.put(s.name(), "targetgroup/" + s.name() + "/0123"));
        var loadBalancer = publicServices.isEmpty() ? Optional.<DashboardPlanner.LoadBalancerRefs>empty()
                : Optional.of(new DashboardPlanner.LoadBalancerRefs("app/ecs-platform-" + stack + "/0123", publicServices));
        return new DashboardPlanner.Inputs(names(stack), config.region(), ACCOUNT, "ecs-platform-" + stack, config,
                CallGraph.of(config), alarms(stack, config), loadBalancer);
    }

    /**
     * A generated environment of {@code count} services: a tenth tcp stores, a tenth gRPC, the rest http; each http
     * or gRPC service calls the next three services by number, so every service has callers and callees.
     */
    static String generated(int count) {
        var yaml = new StringBuilder("""
                config:
                  aws:region: us-east-1
                  ecs-platform:namespace: big.internal
                  ecs-platform:observability: {subscribers: none}
                  ecs-platform:services:
                """);
        for (int i = 0; i < count; i++) {
            var protocol = i % 10 == 0 ? "tcp" : i % 10 == 1 ? "grpc" : "http";
            yaml.append("    s").append(i).append(":\n")
                    .append("      image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/s:1.0.0\n")
                    .append("      port: ").append(8000 + i).append('\n')
                    .append("      protocol: ").append(protocol).append('\n');
            if (!protocol.equals("tcp")) {
                yaml.append("      calls: [");
                for (int k = 1; k <= 3; k++) {
                    yaml.append(k > 1 ? ", " : "").append('s').append((i + k) % count);
                }
                yaml.append("]\n");
            }
        }
        return yaml.toString();
    }
}
