package dev.ecsplatform.config;

/**
 * A setting that is valid but does nothing here (a threshold for an alarm this stack does not make). Not an
 * error: the plan goes on, and the warning is shown by {@code plan} and logged by {@code pulumi preview}/{@code up}.
 *
 * @param path    the key path of the setting
 * @param message what it does not do, and why
 */
public record ConfigWarning(String path, String message) {

    public String render() {
        return path + ": " + message;
    }
}
