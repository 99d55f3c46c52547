package dev.ecsplatform.plan;

import com.pulumi.resources.Resource;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import dev.ecsplatform.program.PlatformProgram;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.naming.StackNames;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs the real program in-process under the Pulumi SDK's mock engine: no credentials, no CLI, no
 * cloud. What it returns is what {@code pulumi up} would ask AWS to create.
 */
public final class OfflinePlanner {

    private static final String STACK_TYPE = "pulumi:pulumi:Stack";

    private OfflinePlanner() {
    }

    /** The program failed under the mock engine: a bug, not a configuration mistake. */
    public static final class PlanFailedException extends RuntimeException {
        PlanFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static Plan plan(StackNames names, PlatformConfig config) {
        var mocks = new PlanMocks(config.region());
        var recorder = new ResourceRecorder();
        var options = TestOptions.builder()
                .projectName(names.project())
                .stackName(names.stack())
                .preview(false)
                .resourceTransformations(List.of(recorder))
                .build();
        try {
            var result = PulumiTest.withMocks(mocks).withOptions(options)
                    .runTest(ctx -> PlatformProgram.define(ctx, names, config));
            if (!result.exceptions().isEmpty()) {
                var first = result.exceptions().get(0);
                throw new PlanFailedException("the program failed under the mock engine: "
                        + result.exceptions().stream().map(Throwable::getMessage).collect(Collectors.joining("; ")), first);
            }
            var stackUrn = "urn:pulumi:" + names.stack() + "::" + names.project() + "::" + STACK_TYPE
                    + "::" + names.project() + "-" + names.stack();
            var resources = new ArrayList<PlannedResource>();
            for (var seen : recorder.seen()) {
                var resource = seen.resource();
                if (resource.pulumiResourceType().equals(STACK_TYPE)) {
                    continue;
                }
                var opts = seen.options();
                var parentUrn = opts.getParent().map(OfflinePlanner::urnOf).orElse(stackUrn);
                var dependsOn = PulumiTest.extractValue(opts.getDependsOn());
                resources.add(new PlannedResource(
                        urnOf(resource),
                        resource.pulumiResourceType(),
                        resource.pulumiResourceName(),
                        parentUrn,
                        seen.custom(),
                        mocks.inputsOf(resource.pulumiResourceType(), resource.pulumiResourceName()),
                        opts.isProtect(),
                        dependsOn == null ? List.of() : dependsOn.stream().map(OfflinePlanner::urnOf).sorted().toList(),
                        opts.getIgnoreChanges().stream().sorted().toList()));
            }
            var outputs = new TreeMap<String, Object>();
            result.outputs().forEach((key, output) -> {
                var value = PulumiTest.extractValue(output);
                if (value != null) {
                    outputs.put(key, value);
                }
            });
            return new Plan(names.project(), names.stack(), resources, outputs, Topology.of(config), mocks.invokes());
        } finally {
            PulumiTest.cleanup();
        }
    }

    static String urnOf(Resource resource) {
        return PulumiTest.extractValue(resource.urn());
    }

}
