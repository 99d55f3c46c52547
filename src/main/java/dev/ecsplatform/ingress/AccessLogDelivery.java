package dev.ecsplatform.ingress;

import dev.ecsplatform.iam.PolicyDocument;
import dev.ecsplatform.iam.PolicyStatement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bucket policy that lets Elastic Load Balancing write access logs, and nothing else in.
 * Pure. Source: ELB user guide, "Enable access logs for your Application Load Balancer".
 *
 * <p>Regions opened before August 2022 deliver from a per-region ELB account; later ones through the
 * {@code logdelivery.elasticloadbalancing.amazonaws.com} service principal. The policy grants the
 * service principal everywhere and, where the provider knows the region's ELB account, that too.
 */
public final class AccessLogDelivery {

    public static final String PREFIX = "alb";
    public static final String SERVICE_PRINCIPAL = "logdelivery.elasticloadbalancing.amazonaws.com";

    private AccessLogDelivery() {
    }

    public static String bucketPolicy(String bucketArn, String accountId, Optional<String> elbAccountArn) {
        var objects = bucketArn + "/" + PREFIX + "/AWSLogs/" + accountId + "/*";
        var statements = new java.util.ArrayList<PolicyStatement>();
        elbAccountArn.ifPresent(arn -> statements.add(new PolicyStatement("ElbAccountDelivers", "Allow",
                new TreeMap<>(Map.of("AWS", List.of(arn))), List.of("s3:PutObject"), List.of(objects), new TreeMap<>())));
        statements.add(new PolicyStatement("LogDeliveryServiceDelivers", "Allow",
                new TreeMap<>(Map.of("Service", List.of(SERVICE_PRINCIPAL))), List.of("s3:PutObject"), List.of(objects),
                new TreeMap<>()));
        // Nobody reads or writes the logs over plain HTTP (Security Hub S3.5).
        statements.add(new PolicyStatement("DenyInsecureTransport", "Deny",
                new TreeMap<>(Map.of("AWS", List.of("*"))), List.of("s3:*"), List.of(bucketArn, bucketArn + "/*"),
                new TreeMap<>(Map.of("Bool", new TreeMap<>(Map.of("aws:SecureTransport", List.of("false")))))));
        return new PolicyDocument(statements).toJson();
    }
}
