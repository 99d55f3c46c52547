package dev.ecsplatform.program;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.ecsplatform.catalog.ServiceEndpoint;
import dev.ecsplatform.catalog.ServiceEndpoints;
import dev.ecsplatform.cluster.PlatformCluster;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.ingress.PublicEntry;
import dev.ecsplatform.ingress.PublicUrls;
import dev.ecsplatform.network.Network;
import dev.ecsplatform.observability.Alerting;
import dev.ecsplatform.observability.Views;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The stack outputs docs/resources.md lists under "Stack outputs". */
final class StackOutputs {

    private StackOutputs() {
    }

    static void export(Context ctx, Network network, PlatformCluster cluster, SortedMap<String, ServiceEndpoint> endpoints,
                       Optional<PublicEntry> entry, Optional<Alerting> alerting, Views views, PlatformConfig config) {
        ctx.export("vpcId", network.vpcId());
        ctx.export("publicSubnetIds", network.publicSubnetIds());
        ctx.export("privateSubnetIds", network.privateSubnetIds());
        ctx.export("availabilityZones", network.availabilityZones());
        ctx.export("namespaceId", cluster.namespaceId());
        ctx.export("namespaceArn", cluster.namespaceArn());
        ctx.export("namespaceName", cluster.namespaceName());
        ctx.export("clusterName", cluster.clusterName());
        ctx.export("clusterArn", cluster.clusterArn());
        var catalog = new TreeMap<String, Object>();
        endpoints.forEach((name, endpoint) -> catalog.put(name, ServiceEndpoints.shape(endpoint)));
        ctx.export("endpoints", Output.of(catalog));
        ctx.export("dashboardUrl", Output.of(views.dashboardUrl()));
        alerting.ifPresent(a -> ctx.export("alarmTopicArn", a.topicArn()));
        entry.ifPresent(e -> {
            ctx.export("loadBalancerDnsName", e.dnsName());
            ctx.export("publicUrls", e.dnsName().applyValue(dns -> PublicUrls.of(config, dns)));
        });
    }
}
