package dev.ecsplatform.config;

/**
 * The alarms of one service: the environment's thresholds ({@code ecs-platform:observability.alarms}) with the
 * service's overrides ({@code services.<name>.alarms}) applied. Which alarms a service gets depends on its
 * protocol (docs/observability.md): the thresholds of alarms it cannot have are carried but unused.
 *
 * @param enabled                  false turns every alarm of the service off (and its deployment alarms with them)
 * @param errorRatePercent         5xx responses above this share of requests, for 3 minutes (http, http2)
 * @param errorRateMinRequests     requests a minute below which the 5xx share counts as 0: too little traffic to judge
 * @param latencyP99Ms             p99 of the time the app takes to answer, above this for 3 minutes (http, http2, grpc)
 * @param tasksBelowDesiredMinutes running tasks below the desired count for this many minutes in a row
 * @param cpuPercent               average CPU utilisation above this for 5 minutes
 * @param memoryPercent            average memory utilisation above this for 5 minutes
 */
public record AlarmSettings(boolean enabled, int errorRatePercent, int errorRateMinRequests, int latencyP99Ms,
                            int tasksBelowDesiredMinutes, int cpuPercent, int memoryPercent) {

    public static final AlarmSettings DEFAULT = new AlarmSettings(true, 5, 10, 1000, 5, 85, 90);
}
