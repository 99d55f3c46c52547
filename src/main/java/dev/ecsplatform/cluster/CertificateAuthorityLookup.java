package dev.ecsplatform.cluster;

import com.pulumi.aws.acmpca.AcmpcaFunctions;
import com.pulumi.aws.acmpca.inputs.GetCertificateAuthorityArgs;
import com.pulumi.aws.acmpca.outputs.GetCertificateAuthorityResult;
import com.pulumi.aws.kms.KmsFunctions;
import com.pulumi.aws.kms.inputs.GetKeyArgs;
import com.pulumi.aws.kms.outputs.GetKeyResult;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResource;
import dev.ecsplatform.config.TlsSettings;
import dev.ecsplatform.stack.Refusal;
import dev.ecsplatform.stack.StackContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The check of the stack's Private CA at {@code pulumi preview} and {@code up} (the offline plan's mock answers the
 * lookup with a stand-in): the CA and the key belong to the deploying account, the CA, read with the provider's
 * {@code aws_acmpca_certificate_authority} data source, can issue certificates, and the key, read with
 * {@code aws_kms_key} ({@code DescribeKey}), is an enabled symmetric encryption key. A CA of another account is refused
 * without being read: the stack's roles may read only this account's CAs (bootstrap, DataSourceActions).
 */
public final class CertificateAuthorityLookup {

    private CertificateAuthorityLookup() {
    }

    /**
     * Fails the run with one line per problem, without a stack trace, before ECS is handed a CA it cannot use; a
     * general-purpose CA, which works and costs more, goes to {@code warn}.
     *
     * @param cluster the component that holds the TLS infrastructure role: the lookup uses its provider, errors name it
     */
    public static void check(ComponentResource cluster, StackContext stack, TlsSettings tls, Consumer<String> warn) {
        var options = InvokeOptions.builder().parent(cluster).build();
        // A check of its own, not part of any resource's inputs (as in ExistingVpc): the SDK awaits it, and a preview
        // fails on it, so a CA that cannot issue is refused before any `pulumi up`.
        stack.accountId().apply(account -> {
            var problems = new ArrayList<>(CertificateAuthorityCheck.accountProblems(tls, account));
            if (!CertificateAuthorityCheck.ownAccount(tls, account)) {
                throw Refusal.of(problems, cluster);
            }
            var ca = AcmpcaFunctions.getCertificateAuthority(GetCertificateAuthorityArgs.builder()
                    .arn(tls.certificateAuthorityArn()).build(), options);
            // The key is read beside the CA, so that one run names every problem of both.
            var key = tls.kmsKeyArn()
                    .map(arn -> KmsFunctions.getKey(GetKeyArgs.builder().keyId(arn).build(), options)
                            .applyValue(found -> Optional.of(keyFacts(found))))
                    .orElse(Output.of(Optional.empty()));
            return Output.tuple(ca, key).applyValue(found -> {
                var facts = facts(found.t1);
                problems.addAll(CertificateAuthorityCheck.problems(facts));
                found.t2.ifPresent(keyFacts -> problems.addAll(TlsKeyCheck.problems(keyFacts)));
                if (!problems.isEmpty()) {
                    throw Refusal.of(problems, cluster);
                }
                CertificateAuthorityCheck.warnings(facts, Instant.now()).forEach(warn);
                return facts;
            });
        });
    }

    static KmsKeyFacts keyFacts(GetKeyResult found) {
        return new KmsKeyFacts(found.arn(), Objects.requireNonNullElse(found.keyState(), ""),
                Objects.requireNonNullElse(found.keyUsage(), ""), Objects.requireNonNullElse(found.keySpec(), ""));
    }

    static CertificateAuthorityFacts facts(GetCertificateAuthorityResult found) {
        return new CertificateAuthorityFacts(found.arn(), Objects.requireNonNullElse(found.status(), ""),
                Objects.requireNonNullElse(found.usageMode(), ""), Objects.requireNonNullElse(found.notAfter(), ""),
                Objects.requireNonNullElse(found.tags(), Map.of()));
    }
}
