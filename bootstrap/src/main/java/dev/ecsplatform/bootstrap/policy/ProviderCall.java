package dev.ecsplatform.bootstrap.policy;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One AWS API call the provider (terraform-provider-aws behind {@code com.pulumi:aws}) makes for a resource, as IAM
 * authorizes it: an action, the resource it is checked against, and the condition keys the request carries. The
 * rows of {@link ProviderActions} are lists of these; the bootstrap's plan test turns each into a request for the
 * exact ARNs of the plan and asks the deploy policy.
 *
 * @param operation when the provider makes the call
 * @param action    the IAM action, e.g. {@code iam:AttachRolePolicy}
 * @param target    what the call is authorized against
 * @param context   condition keys the request carries, e.g. {@code iam:PolicyARN}
 * @param when      whether the resource's inputs make the provider call it at all (tags set, forceDestroy on, …)
 */
public record ProviderCall(Operation operation, String action, Target target, Map<String, Value> context,
                           Predicate<Map<String, Object>> when) {

    public enum Operation { CREATE, READ, UPDATE, DELETE }

    /** What IAM checks a call against. */
    public sealed interface Target {

        /** The resource's own ARN, from its row's template. */
        record Self() implements Target {
        }

        /** {@code "*"}: the action has no resource-level permissions. */
        record Any() implements Target {
        }

        /**
         * An ARN built from a template: {@code {partition}}, {@code {region}}, {@code {account}}, {@code {name}} (the
         * resource's physical name), {@code {iamPath}} (its IAM path, {@code /} unless given), {@code {input:path}}
         * (an input as given) and {@code {ref:path}} (the physical name of the resource an input refers to).
         */
        record Arn(String template) implements Target {
        }

        /** The IAM role an input names (by name, id or ARN): its real ARN. */
        record RoleIn(String input) implements Target {
        }
    }

    /** A condition key's value in the request. */
    public sealed interface Value {

        record Fixed(String value) implements Value {
        }

        /** An input, resolved to the real ARN when it refers to another resource of the plan. */
        record Input(String path) implements Value {
        }

        /** The {@code permissionsBoundary} the resource itself is given (a role being created or changed). */
        record OwnBoundary() implements Value {
        }

        /** The {@code permissionsBoundary} of the role the call's {@link Target.RoleIn} names. */
        record TargetRoleBoundary() implements Value {
        }
    }

    static final Predicate<Map<String, Object>> ALWAYS = inputs -> true;

    /**
     * Whether the input at {@code path} is set: present, and not empty or false. The path's parts are map keys, or
     * list indices where they are numbers ({@code serviceConnectConfiguration.services.0.tls.roleArn}).
     */
    static Predicate<Map<String, Object>> isSet(String path) {
        return inputs -> {
            Object value = inputs;
            for (var part : path.split("\\.")) {
                if (value instanceof Map<?, ?> map) {
                    value = map.get(part);
                } else if (value instanceof List<?> list && part.matches("\\d+") && Integer.parseInt(part) < list.size()) {
                    value = list.get(Integer.parseInt(part));
                } else {
                    return false;
                }
            }
            return value != null && !(value instanceof Map<?, ?> map && map.isEmpty())
                    && !(value instanceof List<?> list && list.isEmpty()) && !Boolean.FALSE.equals(value);
        };
    }
}
