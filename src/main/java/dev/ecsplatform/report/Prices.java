package dev.ecsplatform.report;

/**
 * On-demand prices for the report's rough fixed monthly cost. us-east-1, as published by AWS on
 * 2025-11-01; they change, so the report names the date. Data processing, load balancer capacity
 * units and Fargate tasks are left out: they depend on traffic.
 */
public final class Prices {

    public static final String AS_OF = "us-east-1 on-demand prices as of 2025-11-01";
    public static final double HOURS_PER_MONTH = 730;
    public static final double NAT_GATEWAY_HOUR = 0.045;
    public static final double INTERFACE_ENDPOINT_ZONE_HOUR = 0.01;
    public static final double APPLICATION_LOAD_BALANCER_HOUR = 0.0225;

    private Prices() {
    }
}
