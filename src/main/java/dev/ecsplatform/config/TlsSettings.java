package dev.ecsplatform.config;

import java.util.Optional;

/**
 * Service Connect TLS for the environment ({@code serviceConnect.tls}): every service that serves a port encrypts
 * what its proxy receives from other proxies, unless it opts out with {@code services.<name>.tls: false}.
 *
 * @param certificateAuthorityArn the AWS Private CA that issues the proxies' certificates (the account's own; this
 *                                program never creates one)
 * @param kmsKeyArn               the customer managed key ECS encrypts the certificates' private keys with; empty
 *                                for an AWS owned key
 */
public record TlsSettings(String certificateAuthorityArn, Optional<String> kmsKeyArn) {

    /**
     * The port each TLS service's proxy listens on ({@code ingressPortOverride}), so that its own port stays the
     * application's and callers without a proxy (the load balancer, standalone servers) keep reaching it in plain
     * text; a service whose own port is this one takes {@link #PROXY_PORT_ALTERNATE}.
     */
    public static final int PROXY_PORT = 15443;
    public static final int PROXY_PORT_ALTERNATE = 15444;

    /** Where the proxy of a service listening on {@code appPort} receives Service Connect traffic under TLS. */
    public static int proxyPortFor(int appPort) {
        return appPort == PROXY_PORT ? PROXY_PORT_ALTERNATE : PROXY_PORT;
    }
}
