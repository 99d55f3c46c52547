package dev.ecsplatform.observability;

import com.pulumi.aws.cloudwatch.Dashboard;
import com.pulumi.aws.cloudwatch.DashboardArgs;
import com.pulumi.aws.cloudwatch.QueryDefinition;
import com.pulumi.aws.cloudwatch.QueryDefinitionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecsplatform.observability.DashboardPlanner.LoadBalancerRefs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a person looks at: the environment's CloudWatch dashboard (more pages when it outgrows one) and the Logs
 * Insights saved queries that join each service's app and proxy logs.
 */
public final class Views extends ComponentResource {

    public static final String TYPE = "ecs-platform:observability:Views";
    /** Stand-ins for ids that are unknown until deployed; the page count never depends on them. */
    private static final String UNKNOWN = "unknown";

    private final String dashboardUrl;

    public Views(String name, ViewsArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var shape = DashboardPlanner.plan(inputs(args, UNKNOWN, args.loadBalancer().map(lb -> placeholders(lb))));
        var body = body(args);
        for (int i = 0; i < shape.size(); i++) {
            var page = i;
            var pageName = shape.get(i).name();
            new Dashboard(name + "-dashboard" + (i == 0 ? "" : "-" + (i + 1)), DashboardArgs.builder()
                    .dashboardName(pageName)
                    .dashboardBody(body.applyValue(pages -> DashboardJson.write(pages.get(page).body())))
                    .build(), child().build());
        }
        this.dashboardUrl = shape.get(0).url();
        for (var query : SavedQueries.plan(new ObservabilityNames(args.stack().names()), args.graph().services())) {
            new QueryDefinition(query.logicalName(), QueryDefinitionArgs.builder()
                    .name(query.name())
                    .logGroupNames(query.logGroups())
                    .queryString(query.query())
                    .build(), child().dependsOn(query.services().stream().map(s -> args.logSources().get(s)).toList())
                    .build());
        }
        registerOutputs(Map.of("dashboardUrl", Output.of(dashboardUrl)));
    }

    /** The console address of the dashboard's first page. */
    public String dashboardUrl() {
        return dashboardUrl;
    }

    private CustomResourceOptions.Builder child() {
        return CustomResourceOptions.builder().parent(this);
    }

    /** The pages with the real account id and load balancer suffixes, once they are known. */
    private static Output<List<DashboardPlanner.Page>> body(ViewsArgs args) {
        var loadBalancer = args.loadBalancer();
        if (loadBalancer.isEmpty()) {
            return args.stack().accountId().applyValue(account -> DashboardPlanner.plan(inputs(args, account, Optional.empty())));
        }
        var lb = loadBalancer.get();
        var services = new ArrayList<>(lb.targetGroupSuffixes().keySet());
        var targetGroups = Output.all(services.stream().map(s -> lb.targetGroupSuffixes().get(s)).toList());
        return Output.tuple(args.stack().accountId(), lb.loadBalancerSuffix(), targetGroups).applyValue(t -> {
            var suffixes = new TreeMap<String, String>();
            for (int i = 0; i < services.size(); i++) {
                suffixes.put(services.get(i), t.t3.get(i));
            }
            return DashboardPlanner.plan(inputs(args, t.t1, Optional.of(new LoadBalancerRefs(t.t2, suffixes))));
        });
    }

    private static LoadBalancerRefs placeholders(ViewsArgs.LoadBalancerOutputs lb) {
        var suffixes = new TreeMap<String, String>();
        lb.targetGroupSuffixes().keySet().forEach(s -> suffixes.put(s, UNKNOWN));
        return new LoadBalancerRefs(UNKNOWN, suffixes);
    }

    private static DashboardPlanner.Inputs inputs(ViewsArgs args, String accountId, Optional<LoadBalancerRefs> lb) {
        return new DashboardPlanner.Inputs(new ObservabilityNames(args.stack().names()), args.stack().region(), accountId,
                args.clusterName(), args.config(),
                args.graph(), args.alarms(), lb);
    }
}
