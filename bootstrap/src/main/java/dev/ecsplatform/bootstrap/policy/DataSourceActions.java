package dev.ecsplatform.bootstrap.policy;

import dev.ecsplatform.contract.AwsAccount;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What each data source the main program reads asks AWS, by function token, and on what: all a {@code pulumi preview}
 * of the program needs (a preview does not read the stack's resources: no refresh), so the preview roles are allowed
 * exactly these actions and nothing else, and the deploy roles the same reads. The plan test checks that every invoke
 * of every plan has a row here.
 */
public final class DataSourceActions {

    /** What a data source's calls are authorized against. */
    public enum Target {
        /** Calls without resource-level permissions (EC2's Describe calls), or answered without a call. */
        ANY("ProgramDataSources"),
        /**
         * The stack's AWS Private CA, which the main program refuses unless it is the deploying account's own: so any
         * CA of the account, in any region. Not the stack's exact CA: the bootstrap does not read the main project's
         * stack configuration, and a CA can be replaced there without running the bootstrap again.
         */
        ACCOUNT_CERTIFICATE_AUTHORITIES("StackCertificateAuthority"),
        /**
         * The stack's Service Connect TLS key, which the main program refuses unless it is the deploying account's own:
         * so any key of the account (the key's own policy must let the account's IAM policies grant it, as AWS's default
         * key policy does), for the same reason as the CAs.
         */
        ACCOUNT_KMS_KEYS("StackTlsKey");

        /** The statement id of the reads on this target, named for what they read. */
        private final String sid;

        Target(String sid) {
            this.sid = sid;
        }

        /** The Resource element of a statement for this target. */
        public List<String> resources(AwsAccount account) {
            return switch (this) {
                case ANY -> List.of("*");
                case ACCOUNT_CERTIFICATE_AUTHORITIES -> List.of(account.anyRegionArn("acm-pca", "certificate-authority/*"));
                case ACCOUNT_KMS_KEYS -> List.of(account.anyRegionArn("kms", "key/*"));
            };
        }
    }

    /**
     * One data source.
     *
     * @param actions what it calls
     * @param target  on what
     */
    public record Row(List<String> actions, Target target) {
    }

    private static final Map<String, Row> ROWS = Map.ofEntries(
            // The zones of the region, when a stack sets azCount rather than naming them.
            any("aws:index/getAvailabilityZones:getAvailabilityZones", "ec2:DescribeAvailabilityZones"),
            // STS answers GetCallerIdentity for every caller, whatever its policies say (STS API reference).
            any("aws:index/getCallerIdentity:getCallerIdentity"),
            // Answered by the provider from its own tables, without a call.
            any("aws:index/getPartition:getPartition"),
            any("aws:index/getRegion:getRegion"),
            any("aws:elb/getServiceAccount:getServiceAccount"),
            // The lookups of an existing VPC (network.existing), as terraform-provider-aws makes them: the VPC data
            // source reads the VPC, its DNS attributes and its main route table (vpc_data_source.go); the endpoint
            // data source also reads the service's prefix list (vpc_endpoint_data_source.go).
            any("aws:ec2/getVpc:getVpc", "ec2:DescribeVpcs", "ec2:DescribeVpcAttribute", "ec2:DescribeRouteTables"),
            any("aws:ec2/getSubnet:getSubnet", "ec2:DescribeSubnets"),
            any("aws:ec2/getRouteTables:getRouteTables", "ec2:DescribeRouteTables"),
            any("aws:ec2/getRouteTable:getRouteTable", "ec2:DescribeRouteTables"),
            any("aws:ec2/getNetworkInterfaces:getNetworkInterfaces", "ec2:DescribeNetworkInterfaces"),
            any("aws:ec2/getNetworkInterface:getNetworkInterface", "ec2:DescribeNetworkInterfaces"),
            any("aws:ec2/getVpcEndpoint:getVpcEndpoint", "ec2:DescribeVpcEndpoints", "ec2:DescribePrefixLists"),
            // The check of serviceConnect.tls's CA: terraform-provider-aws' certificate_authority_data_source.go calls
            // DescribeCertificateAuthority, GetCertificateAuthorityCertificate and GetCertificateAuthorityCsr (the two
            // Gets tolerate only InvalidStateException, a CA without a certificate yet), and its transparent tagging
            // lists the CA's tags after the read (ListTags). Any other error, AccessDenied included, fails the lookup.
            Map.entry("aws:acmpca/getCertificateAuthority:getCertificateAuthority", new Row(List.of(
                    "acm-pca:DescribeCertificateAuthority", "acm-pca:GetCertificateAuthorityCertificate",
                    "acm-pca:GetCertificateAuthorityCsr", "acm-pca:ListTags"), Target.ACCOUNT_CERTIFICATE_AUTHORITIES)),
            // The check of serviceConnect.tls.kmsKeyArn: terraform-provider-aws' key_data_source.go calls DescribeKey
            // only (no tags, no policy).
            Map.entry("aws:kms/getKey:getKey", new Row(List.of("kms:DescribeKey"), Target.ACCOUNT_KMS_KEYS)));

    private DataSourceActions() {
    }

    private static Map.Entry<String, Row> any(String token, String... actions) {
        return Map.entry(token, new Row(List.of(actions), Target.ANY));
    }

    public static Optional<List<String>> actions(String token) {
        return row(token).map(Row::actions);
    }

    public static Optional<Row> row(String token) {
        return Optional.ofNullable(ROWS.get(token));
    }

    /** Every action any data source of the program needs, sorted. */
    public static List<String> all() {
        var all = new TreeSet<String>();
        ROWS.values().forEach(row -> all.addAll(row.actions()));
        return List.copyOf(all);
    }

    /** The statement that allows every data source's reads on {@code target}, in {@code account}. */
    public static Statement statement(Target target, AwsAccount account) {
        return Statement.allow(target.sid, on(target), target.resources(account));
    }

    /** The actions of the data sources authorized against {@code target}, sorted. */
    public static List<String> on(Target target) {
        var actions = new TreeSet<String>();
        ROWS.values().stream().filter(row -> row.target() == target).forEach(row -> actions.addAll(row.actions()));
        return List.copyOf(actions);
    }
}
