package dev.ecsplatform.testing;

import java.util.List;
import java.util.concurrent.CompletionException;

/** The errors of a mock-engine run as the engine reports them. */
public final class RunErrors {

    private RunErrors() {
    }

    /**
     * The SDK records a failed future and, unwrapped, its cause; the engine unwraps CompletionExceptions and logs
     * each cause once. So: the causes, each once.
     */
    public static List<Throwable> asReported(List<Exception> errors) {
        return errors.stream()
                .map(e -> e instanceof CompletionException && e.getCause() != null ? e.getCause() : (Throwable) e)
                .distinct().toList();
    }
}
