package dev.ecsplatform.aws;

/**
 * The names one service goes by inside the namespace. Callers everywhere use one name,
 * {@code <service>.<namespace>:<port>}: Service Connect tasks through the client alias, standalone
 * servers through the DNS records. Pure.
 *
 * <p>Service Connect registers its endpoint in Cloud Map under the discovery name, and the DNS records
 * for standalone servers need a Cloud Map service of their own; the two must not share a name
 * (Copilot uses the same {@code -sc} suffix for the Service Connect side).
 */
public final class ConnectNames {

    public static final String DISCOVERY_SUFFIX = "-sc";
    /** Service Connect limits a client alias DNS name to 127 characters. */
    public static final int MAX_DNS_NAME = 127;

    private ConnectNames() {
    }

    /** The task definition's port mapping name, which Service Connect's portName must equal. */
    public static String portName(String service) {
        return service;
    }

    public static String discoveryName(String service) {
        return service + DISCOVERY_SUFFIX;
    }

    /** The Cloud Map service that holds A records for standalone callers. */
    public static String dnsRegistrationName(String service) {
        return service;
    }

    public static String dnsName(String service, String namespace) {
        return service + "." + namespace;
    }
}
