package dev.ecsplatform.observability;

import dev.ecsplatform.callgraph.CallGraph;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.observability.DashboardBody.AlarmWidget;
import dev.ecsplatform.observability.DashboardBody.Widget;
import dev.ecsplatform.observability.DashboardWidgets.Sized;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The environment's dashboard, laid out from the configuration and the call graph: a header, the alarms' states,
 * the public entry, then per service (in name order) its row of graphs and one graph per call it makes. Pure.
 *
 * <p>CloudWatch takes at most 500 widgets and 2,500 metrics per dashboard and 100 alarms per alarm widget
 * (CloudWatch service quotas, "Dashboards"; the alarm widget in "Dashboard Body Structure and Syntax"). A large
 * environment continues on further pages ({@code <name>_2}, …), each service whole on one page; every header links
 * every page. The page count follows from the configuration only, never from resolved ids.
 */
public final class DashboardPlanner {

    public static final int MAX_WIDGETS = 500;
    public static final int MAX_METRICS = 2500;
    public static final int MAX_ALARMS_PER_WIDGET = 100;
    static final String START = "-PT3H";

    /**
     * What a page is made from.
     *
     * @param names         physical names of the stack's observability resources
     * @param region        the stack's region
     * @param accountId     the account (alarm ARNs)
     * @param clusterName   the ECS cluster's name (a dimension of every ECS metric)
     * @param config        the validated configuration
     * @param graph         who calls whom
     * @param alarms        the planned alarms
     * @param loadBalancer  the public entry's ARN suffixes, when there is one
     */
    public record Inputs(ObservabilityNames names, String region, String accountId, String clusterName,
                         PlatformConfig config, CallGraph graph, List<PlannedAlarm> alarms,
                         Optional<LoadBalancerRefs> loadBalancer) {
    }

    /**
     * The dimension values of the public entry.
     *
     * @param loadBalancerSuffix the load balancer's ARN suffix, {@code app/<name>/<id>}
     * @param targetGroupSuffixes per public service, its target group's ARN suffix
     */
    public record LoadBalancerRefs(String loadBalancerSuffix, SortedMap<String, String> targetGroupSuffixes) {
    }

    /**
     * One dashboard.
     *
     * @param name the dashboard's name
     * @param url  its console address
     * @param body its body
     */
    public record Page(String name, String url, DashboardBody body) {
    }

    /** A run of widgets that stays together on one page. */
    private record Block(List<Sized> widgets, List<PlannedAlarm> alarms) {
        int metrics() {
            return widgets.stream().mapToInt(Sized::metricCount).sum();
        }
    }

    private DashboardPlanner() {
    }

    public static List<Page> plan(Inputs in) {
        var widgets = new DashboardWidgets(in.region(), in.clusterName(), AlarmPlanner.hasTaskCounts(in.config()));
        var pages = new ArrayList<List<Block>>();
        var current = new ArrayList<Block>();
        if (in.loadBalancer().isPresent()) {
            var refs = in.loadBalancer().get();
            current.add(new Block(withTitle(widgets, "### Public entry: the load balancer",
                    widgets.publicEntry(refs.loadBalancerSuffix(), refs.targetGroupSuffixes())), List.of()));
        }
        for (var name : in.graph().services()) {
            var block = serviceBlock(in, widgets, name);
            if (!current.isEmpty() && !fits(concat(current, block))) {
                pages.add(current);
                current = new ArrayList<>();
            }
            current.add(block);
        }
        pages.add(current);
        var names = new ArrayList<String>();
        for (int i = 1; i <= pages.size(); i++) {
            names.add(in.names().dashboard(i));
        }
        var result = new ArrayList<Page>();
        for (int i = 0; i < pages.size(); i++) {
            result.add(new Page(names.get(i), ConsoleUrls.dashboard(in.region(), names.get(i)),
                    layout(in, widgets, pages.get(i), names, i)));
        }
        return result;
    }

    private static Block serviceBlock(Inputs in, DashboardWidgets widgets, String name) {
        var service = in.config().services().get(name);
        var sized = new ArrayList<Sized>();
        sized.add(widgets.title(serviceTitle(in, name)));
        sized.addAll(widgets.service(service, RequestSources.of(in.graph(), service), in.loadBalancer()));
        for (var callee : in.graph().callees(name)) {
            sized.add(widgets.edge(name, in.config().services().get(callee)));
        }
        var alarms = in.alarms().stream().filter(a -> a.service().equals(name)).toList();
        return new Block(sized, alarms);
    }

    private static String serviceTitle(Inputs in, String name) {
        var service = in.config().services().get(name);
        var text = new StringBuilder("### ").append(name);
        service.port().ifPresentOrElse(
                port -> text.append(" · ").append(service.protocol().word()).append(" · `")
                        .append(name).append('.').append(in.config().namespace()).append(':').append(port).append('`'),
                () -> text.append(" · client-only"));
        var callers = new ArrayList<>(in.graph().callers(name));
        in.graph().externalCallers(name).forEach(c -> callers.add(c + " (standalone)"));
        if (service.publicEntry().isPresent()) {
            callers.add("the load balancer");
        }
        if (!callers.isEmpty()) {
            text.append(" · called by ").append(String.join(", ", callers));
        }
        if (!service.alarms().enabled()) {
            text.append(" · **alarms off**");
        }
        return text.toString();
    }

    private static List<Sized> withTitle(DashboardWidgets widgets, String title, List<Sized> rest) {
        var all = new ArrayList<Sized>();
        all.add(widgets.title(title));
        all.addAll(rest);
        return all;
    }

    private static List<Block> concat(List<Block> blocks, Block next) {
        var all = new ArrayList<>(blocks);
        all.add(next);
        return all;
    }

    /** Header, alarm widgets and blocks within the per-dashboard limits. */
    private static boolean fits(List<Block> blocks) {
        int alarms = blocks.stream().mapToInt(b -> b.alarms().size()).sum();
        int widgets = 1 + alarmWidgets(alarms) + blocks.stream().mapToInt(b -> b.widgets().size()).sum();
        int metrics = blocks.stream().mapToInt(Block::metrics).sum();
        return widgets <= MAX_WIDGETS && metrics <= MAX_METRICS;
    }

    private static int alarmWidgets(int alarms) {
        return (alarms + MAX_ALARMS_PER_WIDGET - 1) / MAX_ALARMS_PER_WIDGET;
    }

    private static DashboardBody layout(Inputs in, DashboardWidgets widgets, List<Block> blocks, List<String> pageNames,
                                        int index) {
        var grid = new Grid();
        grid.block(List.of(widgets.title(header(in, pageNames, index))));
        var alarms = blocks.stream().flatMap(b -> b.alarms().stream()).toList();
        var alarmWidgets = new ArrayList<Sized>();
        for (int from = 0; from < alarms.size(); from += MAX_ALARMS_PER_WIDGET) {
            var chunk = alarms.subList(from, Math.min(alarms.size(), from + MAX_ALARMS_PER_WIDGET));
            var arns = chunk.stream().map(a -> ConsoleUrls.alarmArn(in.region(), in.accountId(), a.name())).toList();
            alarmWidgets.add(new Sized("alarm", 24, Math.min(12, 2 + (chunk.size() + 5) / 6),
                    new AlarmWidget("Alarms" + (alarms.size() > MAX_ALARMS_PER_WIDGET ? " (" + (from + 1) + "–"
                            + (from + chunk.size()) + ")" : ""), arns, "stateUpdatedTimestamp")));
        }
        grid.block(alarmWidgets);
        blocks.forEach(b -> grid.block(b.widgets()));
        return new DashboardBody(START, "inherit", grid.widgets());
    }

    private static String header(Inputs in, List<String> pageNames, int index) {
        var names = in.names().stack();
        var text = new StringBuilder("# ").append(names.project()).append(" · ").append(names.stack())
                .append("\nCluster `").append(in.clusterName()).append("`, namespace `").append(in.config().namespace())
                .append("`. Generated by Pulumi from `Pulumi.").append(names.stack())
                .append(".yaml`: edits made here are overwritten. A service's own graphs count everything that reached it"
                        + " through its Service Connect proxy; its 5xx and response time are as its callers' proxies and the load balancer saw"
                        + " them (Service Connect publishes those on the caller's side only); an arrow (`api → orders`)"
                        + " is one call as the caller saw it. Standalone callers are measured nowhere."
                        + " Joined app and proxy logs: [Logs Insights](")
                .append(ConsoleUrls.logsInsights(in.region())).append(") → Saved queries → `")
                .append(in.names().queryFolder()).append("`.");
        if (pageNames.size() > 1) {
            text.append("\nPage ").append(index + 1).append(" of ").append(pageNames.size()).append(":");
            for (int i = 0; i < pageNames.size(); i++) {
                text.append(i == index ? " **" + (i + 1) + "**" : " [" + (i + 1) + "](" + ConsoleUrls.dashboard(in.region(),
                        pageNames.get(i)) + ")");
            }
        }
        return text.toString();
    }

    /** Places widgets left to right on the 24-column grid; each block starts on a new row. */
    private static final class Grid {
        private final List<Widget> placed = new ArrayList<>();
        private int x;
        private int y;
        private int rowHeight;

        void block(List<Sized> widgets) {
            newRow();
            for (var w : widgets) {
                if (x + w.width() > 24) {
                    newRow();
                }
                placed.add(new Widget(w.type(), x, y, w.width(), w.height(), w.properties()));
                x += w.width();
                rowHeight = Math.max(rowHeight, w.height());
            }
        }

        private void newRow() {
            y += rowHeight;
            x = 0;
            rowHeight = 0;
        }

        List<Widget> widgets() {
            return placed;
        }
    }
}
