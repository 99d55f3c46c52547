package dev.ecsplatform.config;

import java.util.Optional;

/**
 * What each task reserves for the Service Connect proxy that ECS injects, and whether proxies speak TLS.
 *
 * @param proxyCpu    CPU units added to the app's (AWS guidance: 256; 512 above ~500 requests/s per task)
 * @param proxyMemory MiB added to the app's (AWS guidance: at least 64; +128 with over 100 services)
 * @param tls         Service Connect TLS for the environment; empty keeps east-west traffic in plain text
 */
public record ServiceConnectSettings(int proxyCpu, int proxyMemory, Optional<TlsSettings> tls) {

    public static final ServiceConnectSettings DEFAULT = new ServiceConnectSettings(256, 64, Optional.empty());
}
