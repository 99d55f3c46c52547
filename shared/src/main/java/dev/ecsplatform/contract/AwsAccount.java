package dev.ecsplatform.contract;

/**
 * The account the roles live in, to spell ARNs.
 *
 * @param partition {@code aws}, {@code aws-cn}, {@code aws-us-gov}
 * @param accountId twelve digits
 */
public record AwsAccount(String partition, String accountId) {

    public String iamArn(String resource) {
        return "arn:" + partition + ":iam::" + accountId + ":" + resource;
    }

    /** ARN of a regional resource in any region: a stack's region is the main project's choice, not ours. */
    public String anyRegionArn(String service, String resource) {
        return "arn:" + partition + ":" + service + ":*:" + accountId + ":" + resource;
    }

    /** ARN of an AWS managed policy, e.g. {@code ReadOnlyAccess}. */
    public String awsManagedPolicyArn(String pathAndName) {
        return "arn:" + partition + ":iam::aws:policy/" + pathAndName;
    }
}
