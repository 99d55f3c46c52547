package dev.ecsplatform.contract;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one stack of the main program may name, and so what its deploy roles may touch: the single source both
 * projects compile. The main program builds its physical names with these methods; the bootstrap builds the deploy
 * roles' resource patterns from the same methods. A name the program makes that a pattern does not match would be an
 * AccessDenied on the first real deployment; {@code StackContractTest} checks the two agree at the length limits, and
 * the bootstrap's plan test checks them against every resource of every stack file.
 *
 * <p>Services whose ids AWS generates (EC2, ECS, ELB, Cloud Map, Route 53, Application Auto Scaling) are not scoped by
 * name in the deploy policy, so they have no pattern here.
 *
 * @param project the main project's name, {@code ecs-platform}
 * @param stack   a stack name ({@link StackNameRule})
 */
public record StackContract(String project, String stack) {

    /** Who manages what carries the stack's tags. */
    public static final String MANAGED_BY = "pulumi";

    /** The tags every taggable resource of the stack carries, with a {@code Name} tag for the console. */
    public SortedMap<String, String> tags(String resourceName) {
        var tags = new TreeMap<String, String>();
        tags.put("project", project);
        tags.put("stack", stack);
        tags.put("managed-by", MANAGED_BY);
        tags.put("Name", resourceName);
        return tags;
    }

    /** The keys of {@link #tags}, sorted: the deploy roles may create the stack's key with exactly these tags. */
    public static final List<String> TAG_KEYS = List.copyOf(new StackContract("", "").tags("").keySet());

    /**
     * IAM path of everything the bootstrap creates (deploy and preview roles, their policies, the permissions
     * boundaries). The stack's own roles and policies sit at {@code /} and are named {@code <project>-<stack>-…}; with
     * this path the bootstrap's ARNs read {@code role/bootstrap/…}, which no such pattern matches, so a deploy role can
     * never edit its own trust, its permissions or the boundary it must attach.
     */
    public static final String BOOTSTRAP_IAM_PATH = "/bootstrap/";

    private static final String ENDPOINTS = "endpoints/";

    /** IAM's limit on role names. */
    public static final int ROLE_NAME_LIMIT = 64;

    /**
     * The longest {@code <project>-<stack>} prefix for which every role name keeps its prefix when it is shortened
     * ({@link NameFit#fit} keeps the first {@code 64 - 9} characters). The bootstrap refuses longer ones (its own role
     * names are longer still); the main project's name is {@code ecs-platform} and its stack names have at most 24
     * characters ({@link StackNameRule}).
     */
    public static final int MAX_PREFIX_LENGTH = ROLE_NAME_LIMIT - NameFit.HASH_SUFFIX_LENGTH;

    /** The longest {@code bucketPrefix} S3 names take: the provider appends 26 characters, and a name has 63. */
    static final int BUCKET_PREFIX_LIMIT = 37;
    static final String BUCKET_PREFIX_END = "-logs-";
    /** The access-log bucket's name before {@code -logs-} and the unique suffix. */
    static final int BUCKET_HEAD_LIMIT = BUCKET_PREFIX_LIMIT - BUCKET_PREFIX_END.length();

    /** The prefix of every logical and most physical names: {@code ecs-platform-dev}. */
    public String prefix() {
        return project + "-" + stack;
    }

    /** The stack's path for log groups and parameters: {@code /ecs-platform/dev/}. */
    public String pathPrefix() {
        return "/" + project + "/" + stack + "/";
    }

    /** A log group or parameter name under the stack's path: {@code /ecs-platform/dev/services/api/app}. */
    public String path(String part) {
        return pathPrefix() + part;
    }

    // ---- IAM -----------------------------------------------------------------------------------------------------

    /**
     * The name of one of the stack's IAM roles ({@code ecs-platform-dev-api-execution}), shortened to IAM's limit with
     * a stable hash. Always starts with {@code <prefix>-}, so {@link #rolePattern()} holds.
     */
    public String roleName(String part) {
        return NameFit.fit(prefix() + "-" + part, ROLE_NAME_LIMIT);
    }

    /**
     * Every role the stack creates, named or auto-named by Pulumi ({@code <logical name>-<7 hex>}, and every logical
     * name starts with the prefix), at IAM path {@code /}.
     */
    public String rolePattern() {
        return prefix() + "-*";
    }

    /** The role part of the ECS infrastructure role Service Connect TLS uses: {@code ecs-platform-dev-service-connect-tls}. */
    public static final String SERVICE_CONNECT_TLS_ROLE_PART = "service-connect-tls";

    /**
     * The one AWS managed policy that role carries, and the actions of it ECS uses (AWS Managed Policy Reference,
     * AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity): certificates from Private CA, their
     * keys kept in Secrets Manager secrets named {@code ecs-sc!…}. The deploy roles may attach it to that role only,
     * and the boundary lets these actions through for that role only.
     */
    public static final AttachablePolicies.AwsManaged SERVICE_CONNECT_TLS_POLICY = new AttachablePolicies.AwsManaged(
            "service-role/AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity", List.of(
            "acm-pca:DescribeCertificateAuthority", "acm-pca:GetCertificate",
            "acm-pca:GetCertificateAuthorityCertificate", "acm-pca:IssueCertificate",
            "secretsmanager:CreateSecret", "secretsmanager:TagResource", "secretsmanager:DescribeSecret",
            "secretsmanager:UpdateSecret", "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue",
            "secretsmanager:DeleteSecret", "secretsmanager:RotateSecret", "secretsmanager:UpdateSecretVersionStage"));

    /**
     * What ECS does with the customer managed key that encrypts the certificates' private keys, when
     * {@code serviceConnect.tls.kmsKeyArn} is given (ECS developer guide, "Encrypt Amazon ECS Service Connect
     * traffic", the key policy for the infrastructure role): the role's inline policy and the boundary use this list.
     */
    public static final List<String> SERVICE_CONNECT_TLS_KEY_ACTIONS = List.of(
            "kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey", "kms:GenerateDataKeyPair", "kms:DescribeKey");

    /** The secrets ECS keeps Service Connect TLS certificates in (the managed policy's resource). */
    public static final String SERVICE_CONNECT_TLS_SECRETS = "secret:ecs-sc!*";

    /** The ECS infrastructure role of the stack's Service Connect TLS. */
    public String serviceConnectTlsRoleName() {
        return roleName(SERVICE_CONNECT_TLS_ROLE_PART);
    }

    /** That role's ARN (at path {@code /}, like every role of the stack). */
    public String serviceConnectTlsRoleArn(AwsAccount account) {
        return account.iamArn("role/" + serviceConnectTlsRoleName());
    }

    /** Customer managed policies the stack may create and attach, at path {@code /}. */
    public String policyPattern() {
        return prefix() + "-*";
    }

    /** The policy every role of the stack must carry as its permissions boundary; the bootstrap creates it. */
    public String permissionsBoundaryName() {
        return prefix() + "-permissions-boundary";
    }

    public String permissionsBoundaryArn(AwsAccount account) {
        return account.iamArn("policy" + BOOTSTRAP_IAM_PATH + permissionsBoundaryName());
    }

    /** The deploy role Pulumi Deployments assumes for the stack (the bootstrap creates it at its IAM path). */
    public String pulumiDeployRoleName() {
        return prefix() + "-pulumi-deploy";
    }

    /** The deploy role the GitHub deploy workflow assumes for the stack. */
    public String githubDeployRoleName() {
        return prefix() + "-github-deploy";
    }

    /**
     * The ARNs of the stack's deploy roles. The stack's own KMS key names them in its key policy: what a deploy role
     * may do to a key comes from the policy of a key it created, never from tags it could put on any key.
     */
    public List<String> deployRoleArns(AwsAccount account) {
        return List.of(account.iamArn("role" + BOOTSTRAP_IAM_PATH + pulumiDeployRoleName()),
                account.iamArn("role" + BOOTSTRAP_IAM_PATH + githubDeployRoleName()));
    }

    // ---- logs, parameters, buckets -------------------------------------------------------------------------------

    /** Every log group of the stack (services' app and proxy logs, VPC flow logs). */
    public String logGroupPattern() {
        return pathPrefix() + "*";
    }

    /** The SSM parameter that publishes one service's endpoint: {@code /ecs-platform/dev/endpoints/api}. */
    public String endpointParameter(String service) {
        return path(ENDPOINTS + service);
    }

    /** The endpoint parameters, and nothing else under the stack's path (secrets may live there). */
    public String parameterPattern() {
        return path(ENDPOINTS + "*");
    }


    /**
     * The {@code bucketPrefix} of the stack's access-log bucket: S3 appends a unique suffix. The head is shortened to
     * 31 characters with a stable hash when the prefix is longer, so it may not contain the whole stack name; the
     * deploy policy's pattern uses this very string.
     */
    public String accessLogBucketPrefix() {
        return NameFit.fit(prefix(), BUCKET_HEAD_LIMIT) + BUCKET_PREFIX_END;
    }

    public String bucketPattern() {
        return accessLogBucketPrefix() + "*";
    }

    // ---- alarms, dashboards, the alarm topic and its key ----------------------------------------------------------

    /**
     * What every CloudWatch alarm name of the stack starts with: {@code ecs-platform-dev/}. Stack names hold no '/',
     * so {@code dev}'s alarms never match another stack's pattern ({@code ecs-platform-dev-eu/…}).
     */
    public String alarmPrefix() {
        return prefix() + "/";
    }

    public String alarmPattern() {
        return alarmPrefix() + "*";
    }

    /** The stack's dashboard, page 1: {@code ecs-platform-dev}; further pages add {@code _2}, {@code _3}, … */
    public String dashboardName() {
        return prefix();
    }

    /** The dashboard and its pages, and no other stack's ({@code ecs-platform-dev-eu} is not matched). */
    public List<String> dashboardPatterns() {
        return List.of(dashboardName(), dashboardName() + "_*");
    }

    /** The SNS topic the stack's alarms notify: {@code ecs-platform-dev-alarms}. */
    public String alarmTopicName() {
        return prefix() + "-alarms";
    }

    /** The folder of the stack's KMS aliases: {@code alias/ecs-platform/dev/}. */
    public String keyAliasPrefix() {
        return "alias/" + project + "/" + stack + "/";
    }

    public String keyAliasPattern() {
        return keyAliasPrefix() + "*";
    }
}
