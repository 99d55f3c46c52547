package dev.ecsplatform.cluster;

import com.pulumi.core.Output;
import com.pulumi.exceptions.ResourceException;
import com.pulumi.resources.ComponentResource;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.plan.OfflinePlanner;
import dev.ecsplatform.plan.PlanMocks;
import dev.ecsplatform.plan.PlannedInvoke;
import dev.ecsplatform.plan.StandInCertificateAuthority;
import dev.ecsplatform.plan.StandInKmsKey;
import dev.ecsplatform.program.PlatformProgram;
import dev.ecsplatform.stack.StackContext;
import dev.ecsplatform.testing.RunErrors;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stack's Private CA as {@code pulumi preview} finds it (the mock engine answers the lookup and the caller's
 * account): each CA that cannot issue stops the run with its lines, without a stack trace; a usable one passes.
 */
class CertificateAuthorityChecksTest {

    private static final String OWN = "123456789012";
    private static final String OTHER = "210987654321";
    private static final String CA_ID = "certificate-authority/3c4d5e6f-7a8b-4c9d-8e0f-3a4b5c6d7e8f";
    private static final String KEY_ID = "key/2b3c4d5e-6f7a-4b9c-8d0e-2f3a4b5c6d7e";
    private static final String LOOKUP = "aws:acmpca/getCertificateAuthority:getCertificateAuthority";
    private static final String KEY_LOOKUP = "aws:kms/getKey:getKey";
    private static final String STACK_YAML = """
            config:
              aws:region: us-east-1
              ecs-platform:protect: false
              ecs-platform:namespace: dev.internal
              ecs-platform:serviceConnect:
                tls:
                  certificateAuthorityArn: %s
                  %s
              ecs-platform:services:
                orders:
                  image: nginx:1.27.3
                  port: 8080
                api:
                  image: nginx:1.27.3
                  port: 8080
                  calls: [orders]
            """;

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<String> created = new CopyOnWriteArrayList<>();

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    private static String ca(String account) {
        return "arn:aws:acm-pca:us-east-1:" + account + ":" + CA_ID;
    }

    private static String key(String account) {
        return "arn:aws:kms:us-east-1:" + account + ":" + KEY_ID;
    }

    private static PlatformConfig config(String caArn, Optional<String> keyArn) {
        return StackFiles.load(STACK_YAML.formatted(caArn, keyArn.map(k -> "kmsKeyArn: " + k).orElse("")));
    }

    /** Runs the whole program as a preview would, in the account {@code 123456789012}, with the CA {@code answer}. */
    private List<Throwable> run(PlatformConfig config, StandInCertificateAuthority answer) {
        return run(config, answer, StandInKmsKey.USABLE);
    }

    /** As {@link #run(PlatformConfig, StandInCertificateAuthority)}, with the key {@code key}. */
    private List<Throwable> run(PlatformConfig config, StandInCertificateAuthority answer, StandInKmsKey key) {
        var aws = new PlanMocks("us-east-1", OWN, Optional.empty(), answer, key);
        var mocks = new com.pulumi.test.Mocks() {
            @Override
            public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
                created.add(args.type);
                return aws.newResourceAsync(args);
            }

            @Override
            public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
                calls.add(args.token);
                return aws.callAsync(args);
            }
        };
        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName(StackFiles.PROJECT).stackName("dev").preview(true).build())
                .runTest(ctx -> PlatformProgram.define(ctx, new StackNames(StackFiles.PROJECT, "dev"), config));
        return RunErrors.asReported(result.exceptions());
    }

    /** The one error of a refused CA, its lines. */
    private List<String> refused(PlatformConfig config, StandInCertificateAuthority answer) {
        return refused(config, answer, StandInKmsKey.USABLE);
    }

    private List<String> refused(PlatformConfig config, StandInCertificateAuthority answer, StandInKmsKey key) {
        var errors = run(config, answer, key);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).isInstanceOf(ResourceException.class);
        assertThat(((ResourceException) errors.get(0)).isHideStack()).as("no stack trace for a CA mistake").isTrue();
        return List.of(errors.get(0).getMessage().split("\n"));
    }

    @Test
    void aUsableCaOfTheAccountIsLookedUpAndPasses() {
        assertThat(run(config(ca(OWN), Optional.of(key(OWN))), StandInCertificateAuthority.USABLE)).isEmpty();
        assertThat(calls).contains(LOOKUP, KEY_LOOKUP);
        assertThat(created).contains("aws:ecs/service:Service");
    }

    @Test
    void withoutAKeyNoKeyIsLookedUp() {
        assertThat(run(config(ca(OWN), Optional.empty()), StandInCertificateAuthority.USABLE)).isEmpty();
        assertThat(calls).contains(LOOKUP).doesNotContain(KEY_LOOKUP);
    }

    @Test
    void aDisabledKeyStopsTheRunBesideWhatIsWrongWithTheCa() {
        assertThat(refused(config(ca(OWN), Optional.of(key(OWN))), StandInCertificateAuthority.USABLE.withStatus("DISABLED"),
                StandInKmsKey.USABLE.withKeyState("Disabled"))).containsExactly(
                "serviceConnect.tls.certificateAuthorityArn: " + ca(OWN) + " is DISABLED; expected an ACTIVE CA, the"
                        + " only status in which AWS Private CA issues certificates (enable it with aws acm-pca"
                        + " update-certificate-authority --status ACTIVE)",
                "serviceConnect.tls.kmsKeyArn: " + key(OWN) + " is Disabled; expected an Enabled key: KMS refuses"
                        + " every use of a key in another state, so ECS could not protect the proxies' certificates"
                        + " (enable it with aws kms enable-key --key-id " + key(OWN) + ")");
    }

    @Test
    void anAsymmetricKeyStopsTheRun() {
        assertThat(refused(config(ca(OWN), Optional.of(key(OWN))), StandInCertificateAuthority.USABLE,
                StandInKmsKey.USABLE.withSpec("SIGN_VERIFY", "RSA_2048"))).containsExactly(
                "serviceConnect.tls.kmsKeyArn: " + key(OWN) + " is a RSA_2048 key for SIGN_VERIFY; expected a"
                        + " symmetric encryption key (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT): Service Connect keeps the"
                        + " certificates in Secrets Manager and makes data key pairs with it, which take only such keys");
    }

    @Test
    void aDisabledCaStopsTheRun() {
        assertThat(refused(config(ca(OWN), Optional.empty()), StandInCertificateAuthority.USABLE.withStatus("DISABLED")))
                .containsExactly("serviceConnect.tls.certificateAuthorityArn: " + ca(OWN) + " is DISABLED; expected"
                        + " an ACTIVE CA, the only status in which AWS Private CA issues certificates (enable it with"
                        + " aws acm-pca update-certificate-authority --status ACTIVE)");
    }

    @Test
    void aCaWithoutTheEcsTagStopsTheRun() {
        assertThat(refused(config(ca(OWN), Optional.empty()), StandInCertificateAuthority.USABLE.withTags(Map.of())))
                .containsExactly("serviceConnect.tls.certificateAuthorityArn: " + ca(OWN) + " has no tag"
                        + " AmazonECSManaged; expected AmazonECSManaged=true: the ECS infrastructure role's managed"
                        + " policy allows Private CA calls only on CAs with that tag (aws acm-pca"
                        + " tag-certificate-authority --certificate-authority-arn " + ca(OWN)
                        + " --tags Key=AmazonECSManaged,Value=true)");
    }

    @Test
    void aCaOfAnotherAccountStopsTheRunWithoutBeingRead() {
        assertThat(refused(config(ca(OTHER), Optional.empty()), StandInCertificateAuthority.USABLE)).containsExactly(
                "serviceConnect.tls.certificateAuthorityArn: " + ca(OTHER) + " is a CA of account " + OTHER
                        + "; expected a CA of the account the stack deploys to, " + OWN + " (a CA shared from another"
                        + " account with AWS RAM cannot be used: docs/design-decisions.md)");
        assertThat(calls).as("another account's CA is not read").doesNotContain(LOOKUP, KEY_LOOKUP);
    }

    @Test
    void aKeyOfAnotherAccountStopsTheRunBesideItsCa() {
        // The offline rules already tie the key to the CA's account, so a key of another account comes with its CA.
        assertThat(refused(config(ca(OTHER), Optional.of(key(OTHER))), StandInCertificateAuthority.USABLE)).containsExactly(
                "serviceConnect.tls.certificateAuthorityArn: " + ca(OTHER) + " is a CA of account " + OTHER
                        + "; expected a CA of the account the stack deploys to, " + OWN + " (a CA shared from another"
                        + " account with AWS RAM cannot be used: docs/design-decisions.md)",
                "serviceConnect.tls.kmsKeyArn: " + key(OTHER) + " is a key of account " + OTHER + "; expected a key"
                        + " of the account the stack deploys to, " + OWN);
    }

    @Test
    void aGeneralPurposeCaPassesWithAWarningThatNamesItsPrice() {
        var warnings = new CopyOnWriteArrayList<String>();
        var mocks = new PlanMocks("us-east-1", OWN, Optional.empty(),
                StandInCertificateAuthority.USABLE.withUsageMode("GENERAL_PURPOSE"));
        var tls = config(ca(OWN), Optional.empty()).serviceConnect().tls().orElseThrow();
        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName(StackFiles.PROJECT).stackName("dev").preview(true).build())
                .runTest(ctx -> {
                    var holder = new ComponentResource("test:index:Holder", "holder");
                    var stack = new StackContext(new StackNames(StackFiles.PROJECT, "dev"), "us-east-1", Output.of(OWN),
                            false, Optional.empty());
                    CertificateAuthorityLookup.check(holder, stack, tls, warnings::add);
                });

        assertThat(result.exceptions()).isEmpty();
        assertThat(warnings).containsExactly("serviceConnect.tls.certificateAuthorityArn: " + ca(OWN) + " is a"
                + " general-purpose CA, $400/month; the plan's cost row counts $50/month, a CA in short-lived"
                + " certificate mode, which AWS recommends for Service Connect TLS (a CA's mode cannot be changed:"
                + " create a short-lived certificate CA to pay less)");
    }

    @Test
    void aStackWithoutTlsLooksNoCaUp() {
        assertThat(StackFiles.plan("dev").invokes()).extracting(PlannedInvoke::token).doesNotContain(LOOKUP);
        assertThat(StackFiles.plan("prod").invokes()).extracting(PlannedInvoke::token).contains(LOOKUP);
    }

    @Test
    void offlineAStackIsPlannedInTheAccountItsCaNames() {
        // Only a preview knows the deploying account; a stack file of a real account must still plan offline (the
        // pre-flight of every preview runs this plan), with every ARN spelled in that account.
        var plan = OfflinePlanner.plan(new StackNames(StackFiles.PROJECT, "dev"), config(ca("444455556666"),
                Optional.of(key("444455556666"))));

        assertThat(plan.get("aws:iam/role:Role", "ecs-platform-dev-service-connect-tls-role").inputString("permissionsBoundary"))
                .isEqualTo("arn:aws:iam::444455556666:policy/bootstrap/ecs-platform-dev-permissions-boundary");
        assertThat(OfflinePlanner.plan(new StackNames(StackFiles.PROJECT, "dev"), StackFiles.config("dev"))
                .get("aws:iam/role:Role", "ecs-platform-dev-orders-task-role").inputString("permissionsBoundary"))
                .as("a stack without TLS: the example account").contains(":" + OWN + ":");
    }
}
