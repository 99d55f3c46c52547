package dev.ecsplatform.bootstrap.policy;

import java.util.List;
import java.util.Optional;

/**
 * One IAM policy statement. Permission statements name resources; trust statements name a federated principal
 * instead.
 *
 * @param federatedPrincipal ARN of the identity provider a trust statement admits
 */
public record Statement(
        String sid,
        Optional<String> federatedPrincipal,
        List<String> actions,
        List<String> resources,
        List<Condition> conditions) {

    public Statement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("statement " + sid + " allows no action");
        }
        if (federatedPrincipal.isEmpty() == resources.isEmpty()) {
            throw new IllegalArgumentException("statement " + sid + " needs either resources or a principal");
        }
    }

    /** Allows {@code actions} on {@code resources}. */
    public static Statement allow(String sid, List<String> actions, List<String> resources, Condition... conditions) {
        return new Statement(sid, Optional.empty(), actions, resources, List.of(conditions));
    }

    /** Lets holders of a token from {@code providerArn} assume the role, when every condition holds. */
    public static Statement trust(String sid, String providerArn, String action, Condition... conditions) {
        return new Statement(sid, Optional.of(providerArn), List.of(action), List.of(), List.of(conditions));
    }
}
