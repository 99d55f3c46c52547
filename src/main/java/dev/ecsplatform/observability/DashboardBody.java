package dev.ecsplatform.observability;

import java.util.List;
import java.util.Map;

/**
 * A CloudWatch dashboard body as typed data, field for field the JSON that PutDashboard reads (CloudWatch API
 * reference, "Dashboard Body Structure and Syntax"). {@link DashboardJson} writes it; null fields are left out.
 *
 * @param start          the default time range, e.g. {@code -PT3H}
 * @param periodOverride {@code inherit}: each graph keeps its own period
 * @param widgets        at most 500
 */
public record DashboardBody(String start, String periodOverride, List<Widget> widgets) {

    public DashboardBody {
        widgets = List.copyOf(widgets);
    }

    /**
     * One widget on the 24-column grid.
     *
     * @param type       {@code metric}, {@code text} or {@code alarm} (the types this program writes)
     * @param x          column, 0-23
     * @param y          row
     * @param width      1-24
     * @param height     1-1000
     * @param properties the type's properties
     */
    public record Widget(String type, int x, int y, int width, int height, WidgetProperties properties) {
    }

    /** The properties of one widget type. */
    public sealed interface WidgetProperties permits MetricWidget, TextWidget, AlarmWidget {
    }

    /**
     * A graph.
     *
     * @param title       shown above the graph
     * @param region      the metrics' region (required by CloudWatch)
     * @param view        {@code timeSeries}
     * @param stacked     false: lines, not areas
     * @param period      seconds per point
     * @param metrics     metric and expression lines
     * @param yAxis       axis ranges, or null
     * @param annotations threshold lines, or null
     */
    public record MetricWidget(String title, String region, String view, boolean stacked, int period,
                               List<MetricLine> metrics, Map<String, Axis> yAxis, Annotations annotations)
            implements WidgetProperties {
        public MetricWidget {
            metrics = List.copyOf(metrics);
        }
    }

    /**
     * One y axis.
     *
     * @param min   lower bound, or null
     * @param max   upper bound, or null
     * @param label axis label, or null
     */
    public record Axis(Double min, Double max, String label) {
    }

    /** Horizontal lines, e.g. an alarm's threshold. */
    public record Annotations(List<Annotation> horizontal) {
        public Annotations {
            horizontal = List.copyOf(horizontal);
        }
    }

    /**
     * @param label shown beside the line
     * @param value where it is drawn
     * @param yAxis {@code left} or {@code right}
     */
    public record Annotation(String label, double value, String yAxis) {
    }

    /**
     * Markdown text.
     *
     * @param markdown   the text
     * @param background {@code solid} or {@code transparent}
     */
    public record TextWidget(String markdown, String background) implements WidgetProperties {
    }

    /**
     * The state of up to 100 alarms.
     *
     * @param title  shown above
     * @param alarms alarm ARNs
     * @param sortBy {@code stateUpdatedTimestamp}: the latest change first
     */
    public record AlarmWidget(String title, List<String> alarms, String sortBy) implements WidgetProperties {
        public AlarmWidget {
            alarms = List.copyOf(alarms);
        }
    }
}
