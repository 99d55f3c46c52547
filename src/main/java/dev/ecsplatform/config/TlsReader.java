package dev.ecsplatform.config;

import dev.ecsplatform.aws.Arn;
import dev.ecsplatform.aws.CertificateAuthorityArn;
import dev.ecsplatform.aws.KmsKeyArn;
import dev.ecsplatform.configkit.ConfigNode;

import java.util.Optional;

/** Reads and checks {@code serviceConnect.tls}. */
final class TlsReader {

    private TlsReader() {
    }

    static Optional<TlsSettings> read(ConfigNode node, Optional<String> region) {
        if (!node.isPresent() || !node.expectObject("a mapping with keys certificateAuthorityArn, kmsKeyArn")) {
            return Optional.empty();
        }
        var caNode = node.field("certificateAuthorityArn");
        var keyNode = node.field("kmsKeyArn");
        node.rejectUnknownKeys();
        if (!caNode.isPresent()) {
            caNode.problem(CertificateAuthorityArn.EXPECTED + " (the AWS Private CA, short-lived certificate mode "
                    + "recommended, that issues the proxies' certificates; this program does not create one)");
            return Optional.empty();
        }
        var ca = caNode.string(CertificateAuthorityArn.EXPECTED).flatMap(text -> {
            var parsed = CertificateAuthorityArn.parse(text);
            if (parsed.isEmpty()) {
                caNode.problem(CertificateAuthorityArn.EXPECTED);
            }
            return parsed;
        });
        ca.ifPresent(arn -> region.ifPresent(stackRegion -> checkPlace(caNode, arn, stackRegion)));
        var key = keyNode.isPresent() ? keyNode.string(KmsKeyArn.EXPECTED).flatMap(text -> {
            var parsed = KmsKeyArn.parse(text);
            if (parsed.isEmpty()) {
                keyNode.problem(KmsKeyArn.EXPECTED);
            }
            return parsed;
        }) : Optional.<KmsKeyArn>empty();
        key.ifPresent(k -> checkKey(keyNode, k, ca, region));
        if (ca.isEmpty() || keyNode.hasProblem()) {
            return Optional.empty();
        }
        return Optional.of(new TlsSettings(ca.get().arn(), key.map(KmsKeyArn::arn)));
    }

    /** Service Connect issues certificates from a CA of the stack's own partition and region. */
    private static void checkPlace(ConfigNode node, CertificateAuthorityArn ca, String region) {
        var partition = Arn.partitionOf(region);
        if (!ca.partition().equals(partition)) {
            node.problem("a CA of partition " + partition + " (the partition of " + region + "), not " + ca.partition());
        } else if (!ca.region().equals(region)) {
            node.problem("a CA in the stack's region " + region + ", not " + ca.region()
                    + " (Service Connect TLS uses a Private CA of the service's region)");
        }
    }

    /** The key is in the CA's partition, region and account: the stack's infrastructure role uses both. */
    private static void checkKey(ConfigNode node, KmsKeyArn key, Optional<CertificateAuthorityArn> ca,
                                 Optional<String> region) {
        var partition = Arn.parse(key.arn()).orElseThrow().partition();
        if (region.isPresent() && !partition.equals(Arn.partitionOf(region.get()))) {
            node.problem("a key of partition " + Arn.partitionOf(region.get()) + ", not " + partition);
        } else if (region.isPresent() && !key.region().equals(region.get())) {
            node.problem("a key in the stack's region " + region.get() + ", not " + key.region());
        } else if (ca.isPresent() && !CertificateAuthorityArn.accountOf(key.arn()).equals(Optional.of(ca.get().account()))) {
            node.problem("a key of the CA's account " + ca.get().account() + " (the stack's account), not "
                    + CertificateAuthorityArn.accountOf(key.arn()).orElse("?"));
        }
    }
}
