package dev.ecsplatform.report;

import dev.ecsplatform.plan.Plan;

import java.util.List;

/** The rough fixed monthly cost of what a plan creates: NAT gateways, interface endpoints, load balancers. */
public record MonthlyCost(List<Line> lines) {

    /**
     * One priced item.
     *
     * @param item      what it is
     * @param units     how many billable units (an interface endpoint counts once per zone)
     * @param hourly    the price per unit and hour
     */
    public record Line(String item, int units, double hourly) {
        public double monthly() {
            return units * hourly * Prices.HOURS_PER_MONTH;
        }
    }

    public static MonthlyCost of(Plan plan) {
        int nats = plan.ofType("aws:ec2/natGateway:NatGateway").size();
        int endpointZones = plan.ofType("aws:ec2/vpcEndpoint:VpcEndpoint").stream()
                .filter(e -> "Interface".equals(e.inputString("vpcEndpointType")))
                .mapToInt(e -> e.input("subnetIds") instanceof List<?> subnets ? subnets.size() : 1)
                .sum();
        int loadBalancers = plan.ofType("aws:lb/loadBalancer:LoadBalancer").size();
        return new MonthlyCost(List.of(
                new Line("NAT gateways", nats, Prices.NAT_GATEWAY_HOUR),
                new Line("Interface endpoints (endpoint × zone)", endpointZones, Prices.INTERFACE_ENDPOINT_ZONE_HOUR),
                new Line("Application Load Balancers", loadBalancers, Prices.APPLICATION_LOAD_BALANCER_HOUR)));
    }

    public double total() {
        return lines.stream().mapToDouble(Line::monthly).sum();
    }

    static String dollars(double amount) {
        return String.format(java.util.Locale.ROOT, "$%,.2f", amount);
    }
}
