package dev.ecsplatform.bootstrap.policy;

import dev.ecsplatform.bootstrap.policy.ProviderCall.Operation;
import dev.ecsplatform.bootstrap.policy.ProviderCall.Target;
import dev.ecsplatform.bootstrap.policy.ProviderCall.Value;

import java.util.List;
import java.util.Map;

import static dev.ecsplatform.bootstrap.policy.ProviderActions.Builder.row;

/**
 * The provider's calls for the stack's IAM roles and policies, log groups, access-log bucket and parameters
 * ({@link DeployPolicyPart#IDENTITY_DATA}). The IAM writes carry the condition keys the deploy policy limits:
 * {@code iam:PermissionsBoundary} (the boundary a role gets, or has), {@code iam:PolicyARN} (what is attached).
 */
final class IdentityDataActions {

    private static final String BUCKET = "arn:{partition}:s3:::{ref:bucket}";
    private static final Map<String, Value> OWN_BOUNDARY = Map.of("iam:PermissionsBoundary", new Value.OwnBoundary());
    private static final Map<String, Value> ROLE_BOUNDARY = Map.of("iam:PermissionsBoundary", new Value.TargetRoleBoundary());
    private static final Map<String, Value> ATTACHING = Map.of(
            "iam:PermissionsBoundary", new Value.TargetRoleBoundary(), "iam:PolicyARN", new Value.Input("policyArn"));
    private static final Target ROLE = new Target.RoleIn("role");

    private IdentityDataActions() {
    }

    static List<ProviderActions.Row> rows() {
        return List.of(
                // Delete detaches nothing (force_detach_policies is off): attachments and inline policies are
                // resources of their own and go first.
                row("aws:iam/role:Role", "arn:{partition}:iam::{account}:role{iamPath}{name}").autoNamed()
                        .call(Operation.CREATE, "iam:CreateRole", new Target.Self(), OWN_BOUNDARY, ProviderCall.ALWAYS)
                        .tags("iam:TagRole", "iam:UntagRole")
                        .read("iam:GetRole", "iam:ListRolePolicies", "iam:ListAttachedRolePolicies")
                        .update("iam:UpdateAssumeRolePolicy", "iam:UpdateRole", "iam:UpdateRoleDescription")
                        .call(Operation.UPDATE, "iam:PutRolePermissionsBoundary", new Target.Self(), OWN_BOUNDARY,
                                ProviderCall.isSet("permissionsBoundary"))
                        .delete("iam:ListInstanceProfilesForRole", "iam:DeleteRole").build(),
                row("aws:iam/rolePolicy:RolePolicy", "arn:{partition}:iam::{account}:role/{ref:role}").autoNamed()
                        .call(Operation.CREATE, "iam:PutRolePolicy", ROLE, ROLE_BOUNDARY, ProviderCall.ALWAYS)
                        .call(Operation.READ, "iam:GetRolePolicy", ROLE, Map.of(), ProviderCall.ALWAYS)
                        .call(Operation.UPDATE, "iam:PutRolePolicy", ROLE, ROLE_BOUNDARY, ProviderCall.ALWAYS)
                        .call(Operation.DELETE, "iam:DeleteRolePolicy", ROLE, ROLE_BOUNDARY, ProviderCall.ALWAYS).build(),
                row("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "arn:{partition}:iam::{account}:role/{ref:role}")
                        .call(Operation.CREATE, "iam:AttachRolePolicy", ROLE, ATTACHING, ProviderCall.ALWAYS)
                        .call(Operation.READ, "iam:ListAttachedRolePolicies", ROLE, Map.of(), ProviderCall.ALWAYS)
                        .call(Operation.DELETE, "iam:DetachRolePolicy", ROLE, ATTACHING, ProviderCall.ALWAYS).build(),
                row("aws:iam/policy:Policy", "arn:{partition}:iam::{account}:policy{iamPath}{name}").autoNamed()
                        .create("iam:CreatePolicy").tags("iam:TagPolicy", "iam:UntagPolicy")
                        .read("iam:GetPolicy", "iam:GetPolicyVersion", "iam:ListPolicyVersions")
                        .update("iam:CreatePolicyVersion", "iam:DeletePolicyVersion")
                        .delete("iam:ListPolicyVersions", "iam:DeletePolicy").build(),
                row("aws:cloudwatch/logGroup:LogGroup", "arn:{partition}:logs:{region}:{account}:log-group:{name}").autoNamed()
                        .create("logs:CreateLogGroup", "logs:PutRetentionPolicy").tags("logs:TagResource", "logs:UntagResource")
                        .readAny("logs:DescribeLogGroups").read("logs:ListTagsForResource")
                        .update("logs:PutRetentionPolicy", "logs:DeleteRetentionPolicy")
                        // A kmsKeyId given or changed is associated, one taken away disassociated (logs/group.go,
                        // resourceGroupUpdate); the new inputs cannot show a removal, so any update may disassociate.
                        .call(Operation.UPDATE, "logs:AssociateKmsKey", new Target.Self(), Map.of(),
                                ProviderCall.isSet("kmsKeyId"))
                        .call(Operation.UPDATE, "logs:DisassociateKmsKey", new Target.Self(), Map.of(), ProviderCall.ALWAYS)
                        .delete("logs:DeleteLogGroup").build(),
                row("aws:ssm/parameter:Parameter", "arn:{partition}:ssm:{region}:{account}:parameter{name}").autoNamed()
                        .create("ssm:PutParameter").tags("ssm:AddTagsToResource", "ssm:RemoveTagsFromResource")
                        .readAny("ssm:DescribeParameters").read("ssm:GetParameter", "ssm:ListTagsForResource")
                        .update("ssm:PutParameter").delete("ssm:DeleteParameter").build(),
                // Reading a bucket reads each of its configurations; forceDestroy empties it before deleting it.
                row("aws:s3/bucketV2:BucketV2", "arn:{partition}:s3:::{name}").autoNamed()
                        .create("s3:CreateBucket").tags("s3:PutBucketTagging", "s3:PutBucketTagging")
                        .read("s3:ListBucket", "s3:GetBucketAcl", "s3:GetBucketCORS", "s3:GetBucketWebsite",
                                "s3:GetBucketVersioning", "s3:GetAccelerateConfiguration", "s3:GetBucketRequestPayment",
                                "s3:GetBucketLogging", "s3:GetLifecycleConfiguration", "s3:GetReplicationConfiguration",
                                "s3:GetEncryptionConfiguration", "s3:GetBucketObjectLockConfiguration",
                                "s3:GetBucketTagging", "s3:GetBucketPolicy")
                        .delete("s3:DeleteBucket")
                        .call(Operation.DELETE, "s3:ListBucketVersions", new Target.Self(), Map.of(),
                                ProviderCall.isSet("forceDestroy"))
                        .call(Operation.DELETE, "s3:DeleteObject", new Target.Arn("arn:{partition}:s3:::{name}/alb/x"),
                                Map.of(), ProviderCall.isSet("forceDestroy"))
                        .call(Operation.DELETE, "s3:DeleteObjectVersion", new Target.Arn("arn:{partition}:s3:::{name}/alb/x"),
                                Map.of(), ProviderCall.isSet("forceDestroy")).build(),
                // The bucket's configurations are authorized against the bucket; removing one is its Put action.
                row("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", BUCKET)
                        .create("s3:PutBucketPublicAccessBlock").read("s3:GetBucketPublicAccessBlock")
                        .update("s3:PutBucketPublicAccessBlock").delete("s3:PutBucketPublicAccessBlock").build(),
                row("aws:s3/bucketOwnershipControls:BucketOwnershipControls", BUCKET)
                        .create("s3:PutBucketOwnershipControls").read("s3:GetBucketOwnershipControls")
                        .update("s3:PutBucketOwnershipControls").delete("s3:PutBucketOwnershipControls").build(),
                row("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2", BUCKET)
                        .create("s3:PutEncryptionConfiguration").read("s3:GetEncryptionConfiguration")
                        .update("s3:PutEncryptionConfiguration").delete("s3:PutEncryptionConfiguration").build(),
                row("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", BUCKET)
                        .create("s3:PutLifecycleConfiguration").read("s3:GetLifecycleConfiguration")
                        .update("s3:PutLifecycleConfiguration").delete("s3:PutLifecycleConfiguration").build(),
                row("aws:s3/bucketPolicy:BucketPolicy", BUCKET)
                        .create("s3:PutBucketPolicy").read("s3:GetBucketPolicy")
                        .update("s3:PutBucketPolicy").delete("s3:DeleteBucketPolicy").build());
    }
}
