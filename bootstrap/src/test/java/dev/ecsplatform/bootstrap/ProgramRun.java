package dev.ecsplatform.bootstrap;

import com.pulumi.core.Output;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import dev.ecsplatform.bootstrap.config.StackConfigFile;

import java.util.List;
import java.util.Map;

/**
 * One run of the program under Pulumi's mock engine, as the bootstrap stack {@code shared}. The caller must call
 * {@link PulumiTest#cleanup()} afterwards (the engine keeps one deployment per JVM).
 */
record ProgramRun(TestResult result, List<RecordingMocks.Registered> registered) {

    static final String STACK = "shared";

    static final String OIDC_PROVIDER = "aws:iam/openIdConnectProvider:OpenIdConnectProvider";
    static final String ROLE = "aws:iam/role:Role";
    static final String POLICY = "aws:iam/policy:Policy";
    static final String ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";

    static ProgramRun of(Map<String, String> entries) {
        var mocks = new RecordingMocks();
        var options = TestOptions.builder()
                .projectName(StackConfigFile.NAMESPACE)
                .stackName(STACK)
                .build();
        var result = PulumiTest.withMocks(mocks).withOptions(options)
                .runTest(ctx -> BootstrapProgram.run(ctx, StackConfigFile.source(entries)));
        return new ProgramRun(result, mocks.registered());
    }

    List<RecordingMocks.Registered> ofType(String type) {
        return registered.stream().filter(r -> type.equals(r.type())).toList();
    }

    Map<String, Object> inputs(String type, String name) {
        return registered.stream()
                .filter(r -> type.equals(r.type()) && name.equals(r.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " named " + name + " among " + registered))
                .inputs();
    }

    Object output(String name) {
        return PulumiTest.extractValue(result.output(name));
    }

    static <T> T value(Output<T> output) {
        return PulumiTest.extractValue(output);
    }
}
