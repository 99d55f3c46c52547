package dev.ecsplatform.program;

import com.pulumi.exceptions.RunException;

/**
 * A user mistake reported to Pulumi. A {@link RunException} is shown by the engine as its message
 * alone, without a stack trace, and fails the run before any resource is registered.
 */
public final class InvalidStackException extends RunException {

    public InvalidStackException(String message) {
        super(message);
    }
}
