package dev.ecsplatform.bootstrap.policy;

/**
 * The customer managed policies a stack's deploy permissions are split into: IAM caps one managed policy at
 * 6,144 characters, and one policy per group of services also reads better in the console.
 */
public enum DeployPolicyPart {

    NETWORK("network", "Deploy: EC2 networking"),
    SERVICES("services", "Deploy: ECS, load balancing, auto scaling, service discovery"),
    IDENTITY_DATA("identity-data", "Deploy: the stack's IAM roles, log groups, access-log bucket, parameters"),
    OBSERVABILITY("observability", "Deploy: the stack's alarms, dashboards, saved log queries, alarm topic and its key");

    private final String partName;
    private final String description;

    DeployPolicyPart(String partName, String description) {
        this.partName = partName;
        this.description = description;
    }

    /** Appended to the policy's name: {@code ecs-platform-dev-deploy-network}. */
    public String partName() {
        return partName;
    }

    public String description() {
        return description;
    }
}
