package dev.ecsplatform.bootstrap.plan;

import dev.ecsplatform.bootstrap.plan.PlannedStack.Resource;
import dev.ecsplatform.bootstrap.policy.DataSourceActions;
import dev.ecsplatform.bootstrap.policy.PolicyEvaluator.Request;
import dev.ecsplatform.bootstrap.policy.ProviderActions;
import dev.ecsplatform.bootstrap.policy.ProviderCall;
import dev.ecsplatform.bootstrap.policy.ProviderCall.Target;
import dev.ecsplatform.bootstrap.policy.ProviderCall.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every request a deployment of one plan makes, built from {@link ProviderActions} for the plan's exact ARNs. */
public final class RequiredRequests {

    /**
     * One request and where it comes from.
     *
     * @param source         the resource (or data source) and operation, for messages
     * @param resourcePolicy the policy of the resource the call is made on, when it has one that grants access by
     *                       itself: a KMS key's key policy
     */
    public record Required(String source, Request request, Optional<String> resourcePolicy) {

        public Required(String source, Request request) {
            this(source, request, Optional.empty());
        }

        /** {@code iam:AttachRolePolicy on arn:… with iam:PolicyARN=…}, for failure messages. */
        public String describe() {
            var context = request.context().entrySet().stream()
                    .map(e -> e.getKey() + "=" + String.join("|", e.getValue()))
                    .collect(Collectors.joining(", "));
            return source + ": " + request.action() + " on " + request.resource()
                    + (context.isEmpty() ? "" : " with " + context);
        }
    }

    private static final String ROLE = "aws:iam/role:Role";
    private static final String KEY = "aws:kms/key:Key";

    private RequiredRequests() {
    }

    /** The calls of every resource's create, read, update and delete. */
    public static List<Required> forResources(ResolvedPlan plan) {
        var required = new ArrayList<Required>();
        for (var resource : plan.plan().cloudResources()) {
            var row = ProviderActions.row(resource.type())
                    .orElseThrow(() -> new AssertionError("no row in ProviderActions for " + resource.type()));
            for (var call : row.calls()) {
                if (call.when().test(resource.inputs())) {
                    var keyPolicy = resource.type().equals(KEY) && call.target() instanceof Target.Self
                            ? Optional.ofNullable(resource.inputs().get("policy")).map(String::valueOf)
                            : Optional.<String>empty();
                    required.add(new Required(resource.name() + " (" + resource.type() + ") "
                            + call.operation().name().toLowerCase(), request(plan, resource, call), keyPolicy));
                }
            }
        }
        return required;
    }

    /** The calls of every data source the program reads, on what each reads. */
    public static List<Required> forInvokes(PlannedStack plan) {
        var required = new ArrayList<Required>();
        for (var token : plan.invokes()) {
            var row = DataSourceActions.row(token)
                    .orElseThrow(() -> new AssertionError("no row in DataSourceActions for " + token));
            var resources = switch (row.target()) {
                case ANY -> List.of("*");
                case ACCOUNT_CERTIFICATE_AUTHORITIES -> tlsSettings(plan, "issuerCertAuthority");
                case ACCOUNT_KMS_KEYS -> tlsSettings(plan, "kmsKey");
            };
            if (resources.isEmpty()) {
                throw new AssertionError(plan.stack() + " reads " + token + " but none of its services names what it reads");
            }
            for (var resource : resources) {
                row.actions().forEach(action -> required.add(new Required("invoke " + token, Request.of(action, resource))));
            }
        }
        return required;
    }

    /**
     * What the plan's services name in their Service Connect TLS blocks: the Private CAs they issue their certificates
     * from ({@code issuerCertAuthority}) or the keys that protect them ({@code kmsKey}), what the lookups read.
     */
    static List<String> tlsSettings(PlannedStack plan, String setting) {
        var found = new java.util.TreeSet<String>();
        for (var service : plan.cloudResources()) {
            if (service.type().equals("aws:ecs/service:Service")
                    && service.inputs().get("serviceConnectConfiguration") instanceof java.util.Map<?, ?> connect
                    && connect.get("services") instanceof List<?> endpoints) {
                for (var endpoint : endpoints) {
                    if (endpoint instanceof java.util.Map<?, ?> e && e.get("tls") instanceof java.util.Map<?, ?> tls) {
                        var value = tls.get(setting);
                        if (value instanceof java.util.Map<?, ?> issuer && issuer.get("awsPcaAuthorityArn") instanceof String arn) {
                            found.add(arn);
                        } else if (value instanceof String arn) {
                            found.add(arn);
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static Request request(ResolvedPlan plan, Resource resource, ProviderCall call) {
        var role = call.target() instanceof Target.RoleIn in
                ? plan.referenced(ResolvedPlan.input(resource, in.input()), ROLE) : Optional.<Resource>empty();
        String target;
        if (call.target() instanceof Target.RoleIn in) {
            target = role.map(plan::arn).orElseThrow(() -> new AssertionError(resource.name() + "." + in.input() + " = "
                    + ResolvedPlan.input(resource, in.input()) + " names no role of the plan"));
        } else if (call.target() instanceof Target.Arn template) {
            target = plan.expand(template.template(), resource);
        } else if (call.target() instanceof Target.Any) {
            target = "*";
        } else {
            target = plan.arn(resource);
        }
        var context = new LinkedHashMap<String, List<String>>();
        call.context().forEach((key, value) -> valueOf(plan, resource, role, value)
                .ifPresent(text -> context.put(key, List.of(text))));
        return new Request(call.action(), target, Optional.empty(), context);
    }

    private static Optional<String> valueOf(ResolvedPlan plan, Resource resource, Optional<Resource> role, Value value) {
        if (value instanceof Value.Fixed fixed) {
            return Optional.of(fixed.value());
        }
        if (value instanceof Value.Input input) {
            return Optional.ofNullable(ResolvedPlan.input(resource, input.path())).map(plan::resolve);
        }
        var owner = value instanceof Value.OwnBoundary ? Optional.of(resource) : role;
        return owner.flatMap(r -> Optional.ofNullable(r.inputs().get("permissionsBoundary"))).map(plan::resolve);
    }
}
