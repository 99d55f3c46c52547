package dev.ecsplatform.stack;

import com.pulumi.exceptions.ResourceException;
import com.pulumi.resources.Resource;

import java.util.List;

/**
 * What a check that runs at preview and up (on what the stack's lookups found) throws to stop the run: one line per
 * problem, attributed to the component that checked, and no stack trace, since the problem is the stack's, not the
 * program's.
 */
public final class Refusal {

    private Refusal() {
    }

    public static ResourceException of(List<String> problems, Resource checkedBy) {
        return new ResourceException(String.join("\n", problems), checkedBy, true);
    }
}
