package dev.ecsplatform.bootstrap;

import com.pulumi.exceptions.RunException;
import dev.ecsplatform.configkit.InvalidConfigException;

/** Stops the program on invalid configuration. A RunException, so Pulumi shows the message without a stack trace. */
public final class BootstrapConfigException extends RunException {

    private static final long serialVersionUID = 1L;

    public BootstrapConfigException(InvalidConfigException cause) {
        super(cause.getMessage(), cause);
    }
}
