package dev.ecsplatform.config;

/**
 * What each task reserves for the Service Connect proxy that ECS injects.
 *
 * @param proxyCpu    CPU units added to the app's (AWS guidance: 256; 512 above ~500 requests/s per task)
 * @param proxyMemory MiB added to the app's (AWS guidance: at least 64; +128 with over 100 services)
 */
public record ServiceConnectSettings(int proxyCpu, int proxyMemory) {

    public static final ServiceConnectSettings DEFAULT = new ServiceConnectSettings(256, 64);
}
