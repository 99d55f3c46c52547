package dev.ecsplatform.live;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** An AWS error as one line for a person: its code and message when AWS sent them. */
public final class AwsErrors {

    private AwsErrors() {
    }

    public static String describe(AwsServiceException e) {
        var details = e.awsErrorDetails();
        return details == null ? e.getMessage()
                : details.errorCode() + ": " + (details.errorMessage() == null ? "" : details.errorMessage());
    }
}
