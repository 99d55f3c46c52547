package dev.ecsplatform.report;

import dev.ecsplatform.plan.Plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rough fixed monthly cost of what a plan creates: NAT gateways, interface endpoints, load balancers, and the
 * observability that bills by the month (alarm metrics, dashboards, the alarm topic's KMS key).
 */
public record MonthlyCost(List<Line> lines) {

    /** What a unit price is quoted per. */
    public enum Per { HOUR, MONTH }

    /**
     * One priced item.
     *
     * @param item  what it is
     * @param units how many billable units (an interface endpoint counts once per zone, an alarm once per metric it reads)
     * @param price the price of one unit
     * @param per   per hour or per month
     */
    public record Line(String item, int units, double price, Per per) {
        public double monthly() {
            return units * price * (per == Per.HOUR ? Prices.HOURS_PER_MONTH : 1);
        }

        public String unitPrice() {
            return per == Per.HOUR ? String.format(Locale.ROOT, "$%.4f/h", price)
                    : String.format(Locale.ROOT, "$%.2f/month", price);
        }
    }

    public static MonthlyCost of(Plan plan) {
        int nats = plan.ofType("aws:ec2/natGateway:NatGateway").size();
        int endpointZones = plan.ofType("aws:ec2/vpcEndpoint:VpcEndpoint").stream()
                .filter(e -> "Interface".equals(e.inputString("vpcEndpointType")))
                .mapToInt(e -> e.input("subnetIds") instanceof List<?> subnets ? subnets.size() : 1)
                .sum();
        int loadBalancers = plan.ofType("aws:lb/loadBalancer:LoadBalancer").size();
        // CloudWatch bills a standard-resolution alarm per metric it reads; a metric math alarm, each of its metrics.
        int alarmMetrics = plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").stream()
                .mapToInt(a -> a.input("metricQueries") instanceof List<?> queries
                        ? (int) queries.stream().filter(q -> q instanceof Map<?, ?> m && m.get("metric") != null).count()
                        : 1)
                .sum();
        int dashboards = plan.ofType("aws:cloudwatch/dashboard:Dashboard").size();
        int keys = plan.ofType("aws:kms/key:Key").size();
        var lines = new java.util.ArrayList<>(List.of(
                new Line("NAT gateways", nats, Prices.NAT_GATEWAY_HOUR, Per.HOUR),
                new Line("Interface endpoints (endpoint × zone)", endpointZones, Prices.INTERFACE_ENDPOINT_ZONE_HOUR, Per.HOUR),
                new Line("Application Load Balancers", loadBalancers, Prices.APPLICATION_LOAD_BALANCER_HOUR, Per.HOUR),
                new Line("CloudWatch alarms (per metric read)", alarmMetrics, Prices.ALARM_METRIC_MONTH, Per.MONTH),
                new Line("CloudWatch dashboards", dashboards, Prices.DASHBOARD_MONTH, Per.MONTH),
                new Line("KMS keys (alarm topic)", keys, Prices.KMS_KEY_MONTH, Per.MONTH)));
        // The Private CA is the account's, not created here, but TLS needs it running: its monthly fee is part of
        // what this environment costs. Listed only where TLS is on.
        int authorities = certificateAuthorities(plan);
        if (authorities > 0) {
            lines.add(new Line("AWS Private CA (short-lived certificate mode, used by Service Connect TLS)", authorities,
                    Prices.PRIVATE_CA_SHORT_LIVED_MONTH, Per.MONTH));
        }
        return new MonthlyCost(List.copyOf(lines));
    }

    /** The distinct Private CAs the services' Service Connect TLS blocks name. */
    static int certificateAuthorities(Plan plan) {
        var authorities = new java.util.TreeSet<String>();
        for (var service : plan.ofType("aws:ecs/service:Service")) {
            if (service.input("serviceConnectConfiguration.services") instanceof List<?> endpoints) {
                for (var endpoint : endpoints) {
                    if (endpoint instanceof Map<?, ?> e && e.get("tls") instanceof Map<?, ?> tls
                            && tls.get("issuerCertAuthority") instanceof Map<?, ?> issuer
                            && issuer.get("awsPcaAuthorityArn") instanceof String arn) {
                        authorities.add(arn);
                    }
                }
            }
        }
        return authorities.size();
    }

    public double total() {
        return lines.stream().mapToDouble(Line::monthly).sum();
    }

    static String dollars(double amount) {
        return String.format(Locale.ROOT, "$%,.2f", amount);
    }
}
