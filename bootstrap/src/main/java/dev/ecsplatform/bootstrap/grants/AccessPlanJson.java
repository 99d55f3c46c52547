package dev.ecsplatform.bootstrap.grants;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ecsplatform.bootstrap.config.BootstrapConfig;
import dev.ecsplatform.bootstrap.config.OidcIssuer;
import dev.ecsplatform.bootstrap.config.OidcProviderSource;
import dev.ecsplatform.bootstrap.naming.AccessNames;
import dev.ecsplatform.bootstrap.policy.PolicyJson;
import dev.ecsplatform.bootstrap.policy.TrustPolicies;

/**
 * The access plan as JSON, for review: per stack of the main project, every role (name, ARN, trust policy, its
 * permission policies with their documents, its boundary) and the permissions boundary the stack's own roles must
 * carry; the identity providers. Documents are the exact text IAM receives, parsed so they read as JSON.
 */
public final class AccessPlanJson {

    private AccessPlanJson() {
    }

    public static JsonObject shape(BootstrapConfig config, AccessPlan plan, AccessContext context, String bootstrapStack) {
        var root = new JsonObject();
        root.addProperty("bootstrapStack", bootstrapStack);
        root.addProperty("partition", context.account().partition());
        root.addProperty("account", context.account().accountId());
        var providers = new JsonArray();
        providers.add(provider(OidcIssuer.PULUMI_DEPLOYMENTS, context.pulumiProviderArn(), config.pulumiOrganization(),
                config.pulumiDeploymentsProvider()));
        providers.add(provider(OidcIssuer.GITHUB_ACTIONS, context.githubProviderArn(), TrustPolicies.GITHUB_AUDIENCE,
                config.github().provider()));
        root.add("identityProviders", providers);
        var stacks = new JsonObject();
        for (var stack : config.stacks()) {
            var name = stack.name();
            var entry = new JsonObject();
            var roles = new JsonArray();
            plan.roles().stream().filter(role -> role.targetStack().equals(name))
                    .forEach(role -> roles.add(role(plan, role, context)));
            entry.add("roles", roles);
            var boundary = plan.policy(AccessPlan.boundaryPolicy(name)).orElseThrow();
            entry.add("stackRolesPermissionsBoundary", policy(boundary, context));
            stacks.add(name, entry);
        }
        root.add("stacks", stacks);
        return root;
    }

    public static String render(BootstrapConfig config, AccessPlan plan, AccessContext context, String bootstrapStack) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(shape(config, plan, context, bootstrapStack)) + "\n";
    }

    private static JsonObject provider(OidcIssuer issuer, String arn, String audience, OidcProviderSource source) {
        var json = new JsonObject();
        json.addProperty("url", issuer.url());
        json.addProperty("arn", arn);
        json.addProperty("audience", audience);
        json.addProperty("createdHere", source instanceof OidcProviderSource.Create);
        return json;
    }

    private static JsonObject role(AccessPlan plan, RoleSpec role, AccessContext context) {
        var json = new JsonObject();
        json.addProperty("name", role.name());
        json.addProperty("path", AccessNames.IAM_PATH);
        json.addProperty("arn", role.arn(context));
        json.addProperty("description", role.description());
        json.addProperty("maxSessionSeconds", RoleSpec.MAX_SESSION_SECONDS);
        json.add("trustPolicy", JsonParser.parseString(PolicyJson.write(role.trust().apply(context))));
        var policies = new JsonArray();
        role.policies().forEach(name -> policies.add(policy(plan.policy(name).orElseThrow(), context)));
        json.add("permissionPolicies", policies);
        // The bootstrap's roles are the administrator's; the boundary is for the roles the stacks create.
        json.add("permissionsBoundary", JsonNull.INSTANCE);
        return json;
    }

    private static JsonObject policy(PolicySpec policy, AccessContext context) {
        var json = new JsonObject();
        json.addProperty("name", policy.name());
        json.addProperty("arn", policy.arn(context));
        json.addProperty("description", policy.description());
        json.add("document", JsonParser.parseString(PolicyJson.write(policy.document().apply(context))));
        return json;
    }
}
