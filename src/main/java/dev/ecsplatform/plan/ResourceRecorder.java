package dev.ecsplatform.plan;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceOptions;
import com.pulumi.resources.ResourceTransformation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A stack transformation that changes nothing and remembers every resource with the options it was
 * registered with (parent, protect, dependsOn, ignoreChanges): the mock engine's callbacks do not see those.
 */
final class ResourceRecorder implements ResourceTransformation {

    /** A resource and its options, as seen when it was constructed. */
    record Seen(Resource resource, ResourceOptions options) {
        boolean custom() {
            return options instanceof CustomResourceOptions;
        }
    }

    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Optional<Result> apply(Args args) {
        seen.add(new Seen(args.resource(), args.options()));
        return Optional.empty();
    }

    List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }
}
