package dev.ecsplatform.plan;

import com.pulumi.Context;
import com.pulumi.resources.Resource;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import dev.ecsplatform.aws.CertificateAuthorityArn;
import dev.ecsplatform.program.PlatformProgram;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.naming.StackNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
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
        var account = account(config);
        return plan(names, config, config.network().existing()
                .map(existing -> StandInNetwork.of(existing, config.region(), account)));
    }

    /** The plan on a given existing network (the mock answers its lookups with {@code network}). */
    public static Plan plan(StackNames names, PlatformConfig config, StandInNetwork network) {
        return plan(names, config, Optional.of(network));
    }

    private static Plan plan(StackNames names, PlatformConfig config, Optional<StandInNetwork> network) {
        return run(new PlanMocks(config.region(), account(config), network, StandInCertificateAuthority.USABLE), names,
                ctx -> PlatformProgram.define(ctx, names, config), Topology.of(config));
    }

    /**
     * The account the offline plan deploys to. Only {@code pulumi preview} knows the real one (getCallerIdentity); the
     * stack's Private CA names the account the stack must deploy to, and preview refuses any other, so a stack with
     * Service Connect TLS is planned in its CA's account; any other stack in the example account of the stack files.
     */
    static String account(PlatformConfig config) {
        return config.serviceConnect().tls()
                .flatMap(tls -> CertificateAuthorityArn.accountOf(tls.certificateAuthorityArn()))
                .orElse(PlanMocks.ACCOUNT_ID);
    }

    /** Runs {@code program} under the mock engine and records what it registered. */
    static Plan run(StackNames names, String region, Consumer<Context> program, Topology topology) {
        return run(new PlanMocks(region), names, program, topology);
    }

    private static Plan run(PlanMocks mocks, StackNames names, Consumer<Context> program, Topology topology) {
        var recorder = new ResourceRecorder();
        var options = TestOptions.builder()
                .projectName(names.project())
                .stackName(names.stack())
                .preview(false)
                .resourceTransformations(List.of(recorder))
                .build();
        try {
            var result = PulumiTest.withMocks(mocks).withOptions(options)
                    .runTest(program);
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
            refuseDuplicateUrns(resources, mocks);
            return new Plan(names.project(), names.stack(), resources, outputs, topology, mocks.invokes());
        } finally {
            PulumiTest.cleanup();
        }
    }

    /**
     * Two resources with one URN are two things the engine would take for one: a real {@code pulumi up} stops with
     * a duplicate-URN error, and the mock engine says nothing. So the plan fails here, naming both.
     */
    private static void refuseDuplicateUrns(List<PlannedResource> resources, PlanMocks mocks) {
        var byUrn = resources.stream().collect(Collectors.groupingBy(PlannedResource::urn, TreeMap::new, Collectors.toList()));
        for (var entry : byUrn.entrySet()) {
            if (entry.getValue().size() > 1) {
                var first = entry.getValue().get(0);
                var described = new ArrayList<String>();
                var inputs = mocks.registrationsOf(first.type(), first.name());
                for (int i = 0; i < entry.getValue().size(); i++) {
                    var resource = entry.getValue().get(i);
                    described.add("(" + (i + 1) + ") under " + resource.parentUrn() + " with inputs "
                            + shorten(String.valueOf(i < inputs.size() ? new TreeMap<>(inputs.get(i)) : resource.inputs())));
                }
                throw new PlanFailedException("the program registered " + entry.getValue().size()
                        + " resources with the URN " + entry.getKey() + ", which a real engine refuses (a bug in how "
                        + "logical names are built): " + String.join("; ", described), null);
            }
        }
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }

    static String urnOf(Resource resource) {
        return PulumiTest.extractValue(resource.urn());
    }

}
