package dev.ecsplatform.observability;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.ecsplatform.callgraph.CallGraph;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.stack.StackContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the dashboard and the saved queries are built from.
 *
 * @param stack        the stack's shared facts (region, account for alarm ARNs)
 * @param clusterName  the ECS cluster's name
 * @param config       the validated configuration
 * @param graph        who calls whom
 * @param alarms       the planned alarms (shown by state on the dashboard)
 * @param loadBalancer the public entry's load balancer ARN suffix and, per public service, its target group's
 * @param logSources   per service, what creates its log groups: a query is saved after the services it reads
 */
public record ViewsArgs(StackContext stack, String clusterName, PlatformConfig config, CallGraph graph,
                        List<PlannedAlarm> alarms, Optional<LoadBalancerOutputs> loadBalancer,
                        Map<String, Resource> logSources) {

    public ViewsArgs {
        alarms = List.copyOf(alarms);
        logSources = Map.copyOf(logSources);
    }

    /**
     * @param loadBalancerSuffix  the load balancer's {@code arnSuffix}
     * @param targetGroupSuffixes per public service, its target group's {@code arnSuffix}
     */
    public record LoadBalancerOutputs(Output<String> loadBalancerSuffix, Map<String, Output<String>> targetGroupSuffixes) {
    }
}
