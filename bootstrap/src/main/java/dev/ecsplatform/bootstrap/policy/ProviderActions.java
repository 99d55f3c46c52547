package dev.ecsplatform.bootstrap.policy;

import dev.ecsplatform.bootstrap.policy.ProviderCall.Operation;
import dev.ecsplatform.bootstrap.policy.ProviderCall.Target;
import dev.ecsplatform.bootstrap.policy.ProviderCall.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the provider calls for each resource type the main program manages, kept beside the deploy permissions
 * ({@link DeployPermissions}) and split like them: {@link NetworkActions}, {@link ServiceActions},
 * {@link IdentityDataActions}, {@link ObservabilityActions}. Read from terraform-provider-aws (create, read, update
 * and delete functions of each resource) and the service authorization reference; the plan test turns every row into
 * requests for the exact ARNs the offline plan produces and checks them against the deploy policy, and checks that
 * every type of every plan has a row here. A type the program starts using without a row fails that test: add its row (and, if the policy lacks
 * them, its permissions) before it reaches a deployment.
 */
public final class ProviderActions {

    /**
     * The calls for one resource type.
     *
     * @param type      the Pulumi type token, e.g. {@code aws:iam/role:Role}
     * @param arn       the resource's ARN as a {@link Target.Arn} template
     * @param autoNamed whether Pulumi names it {@code <logical name>-<7 hex>} when the program gives no name
     * @param calls     every call its create, read (after create and on refresh), update and delete make
     */
    public record Row(String type, String arn, boolean autoNamed, List<ProviderCall> calls) {

        public Row {
            calls = List.copyOf(calls);
        }
    }

    private static final Map<String, Row> ROWS = byType();

    private ProviderActions() {
    }

    public static Optional<Row> row(String type) {
        return Optional.ofNullable(ROWS.get(type));
    }

    public static Map<String, Row> rows() {
        return ROWS;
    }

    private static Map<String, Row> byType() {
        var rows = new TreeMap<String, Row>();
        Stream.of(NetworkActions.rows(), ServiceActions.rows(), IdentityDataActions.rows(),
                        ObservabilityActions.rows()).flatMap(List::stream)
                .forEach(row -> {
                    if (rows.put(row.type(), row) != null) {
                        throw new IllegalStateException("two rows for " + row.type());
                    }
                });
        return Map.copyOf(rows);
    }

    /** Builds one row; every call without an explicit target is checked against the resource's own ARN. */
    static final class Builder {

        private final String type;
        private final String arn;
        private boolean autoNamed;
        private final List<ProviderCall> calls = new ArrayList<>();

        Builder(String type, String arn) {
            this.type = type;
            this.arn = arn;
        }

        static Builder row(String type, String arn) {
            return new Builder(type, arn);
        }

        Builder autoNamed() {
            autoNamed = true;
            return this;
        }

        Builder create(String... actions) {
            return on(Operation.CREATE, new Target.Self(), actions);
        }

        Builder read(String... actions) {
            return on(Operation.READ, new Target.Self(), actions);
        }

        /** Reads without resource-level permissions (Describe and List calls over the account). */
        Builder readAny(String... actions) {
            return on(Operation.READ, new Target.Any(), actions);
        }

        Builder update(String... actions) {
            return on(Operation.UPDATE, new Target.Self(), actions);
        }

        Builder delete(String... actions) {
            return on(Operation.DELETE, new Target.Self(), actions);
        }

        /** Tagging on create (tags in the create request need the tagging permission too) and on update. */
        Builder tags(String tag, String untag) {
            call(Operation.CREATE, tag, new Target.Self(), Map.of(), ProviderCall.isSet("tags"));
            call(Operation.UPDATE, tag, new Target.Self(), Map.of(), ProviderCall.isSet("tags"));
            return call(Operation.UPDATE, untag, new Target.Self(), Map.of(), ProviderCall.isSet("tags"));
        }

        Builder on(Operation operation, Target target, String... actions) {
            for (var action : actions) {
                call(operation, action, target, Map.of(), ProviderCall.ALWAYS);
            }
            return this;
        }

        Builder call(Operation operation, String action, Target target, Map<String, Value> context,
                     Predicate<Map<String, Object>> when) {
            calls.add(new ProviderCall(operation, action, target, context, when));
            return this;
        }

        /** A service-linked role AWS creates on first use with the caller's permission. */
        Builder serviceLinkedRole(String service, String roleName) {
            return call(Operation.CREATE, "iam:CreateServiceLinkedRole",
                    new Target.Arn("arn:{partition}:iam::{account}:role/aws-service-role/" + service + "/" + roleName),
                    Map.of("iam:AWSServiceName", new Value.Fixed(service)), ProviderCall.ALWAYS);
        }

        Row build() {
            return new Row(type, arn, autoNamed, calls);
        }
    }
}
