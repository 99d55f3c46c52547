package dev.ecsplatform.bootstrap.plan;

import dev.ecsplatform.bootstrap.plan.PlannedStack.Resource;
import dev.ecsplatform.bootstrap.policy.ProviderActions;
import dev.ecsplatform.contract.AwsAccount;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A plan with the names and ARNs AWS would see. The mock engine gives every resource its logical name as id and an
 * ARN ending in it; a real deployment gives the physical name the program chose ({@code name}), one AWS completes
 * ({@code namePrefix}, {@code bucketPrefix}: 26 more characters), or Pulumi's auto-name ({@code <logical>-<7 hex>}).
 * References between resources (an id or mock ARN in another resource's inputs) are followed to the real names.
 */
public final class ResolvedPlan {

    /** What S3 and ELB append to a {@code bucketPrefix}/{@code namePrefix} (terraform's PrefixedUniqueId: 26). */
    static final String UNIQUE_SUFFIX = "20250101000000000000000001";
    /** What Pulumi appends to a logical name it uses as a physical name. */
    static final String AUTONAME_SUFFIX = "-1a2b3c4";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)(?::([\\w.]+))?}");

    private final PlannedStack plan;
    private final AwsAccount account;
    private final Map<String, Resource> byLogicalName = new HashMap<>();
    private final Map<String, Resource> byMockArn = new HashMap<>();
    private final Map<String, Resource> byPhysicalName = new HashMap<>();

    public ResolvedPlan(PlannedStack plan) {
        this.plan = plan;
        this.account = new AwsAccount("aws", PlannedStack.ACCOUNT);
        for (var resource : plan.cloudResources()) {
            byLogicalName.put(resource.name(), resource);
            byMockArn.put(mockArn(resource), resource);
            byPhysicalName.putIfAbsent(physicalName(resource), resource);
        }
    }

    public PlannedStack plan() {
        return plan;
    }

    public AwsAccount account() {
        return account;
    }

    /** The name AWS would know the resource by. */
    public String physicalName(Resource resource) {
        var inputs = resource.inputs();
        if (inputs.get("name") instanceof String name) {
            return name;
        }
        for (var prefix : new String[] {"namePrefix", "bucketPrefix"}) {
            if (inputs.get(prefix) instanceof String given) {
                return given + UNIQUE_SUFFIX;
            }
        }
        var autoNamed = ProviderActions.row(resource.type()).map(ProviderActions.Row::autoNamed).orElse(false);
        // Otherwise AWS generates an id (vpc-…, sg-…); the logical name stands in for it.
        return autoNamed ? resource.name() + AUTONAME_SUFFIX : resource.name();
    }

    /** The resource's real ARN, from its row's template. */
    public String arn(Resource resource) {
        var row = ProviderActions.row(resource.type())
                .orElseThrow(() -> new AssertionError("no row for " + resource.type()));
        return expand(row.arn(), resource);
    }

    /** An ARN template of {@link ProviderActions} filled in for one resource. */
    public String expand(String template, Resource resource) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value = switch (matcher.group(1)) {
                case "partition" -> account.partition();
                case "account" -> account.accountId();
                case "region" -> plan.region();
                case "name" -> physicalName(resource);
                case "iamPath" -> resource.inputs().get("path") instanceof String path ? path : "/";
                case "input" -> String.valueOf(input(resource, matcher.group(2)));
                case "ref" -> referencedName(input(resource, matcher.group(2)));
                default -> throw new AssertionError("unknown placeholder " + matcher.group() + " in " + template);
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The plan resource an input value refers to: by the mock's id (the logical name), mock ARN or physical name. */
    public Optional<Resource> referenced(Object value) {
        return referenced(value, null);
    }

    /**
     * The resource of one type an input value refers to. The type matters where names meet: a role's physical name
     * ({@code ecs-platform-dev-catalog-task}) can be the logical name of another resource (the task definition).
     */
    public Optional<Resource> referenced(Object value, String type) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        return Stream.of(byLogicalName.get(text), byMockArn.get(text), byPhysicalName.get(text))
                .filter(resource -> resource != null && (type == null || resource.type().equals(type)))
                .findFirst()
                .or(() -> type == null ? Optional.empty() : plan.cloudResources().stream()
                        .filter(resource -> resource.type().equals(type) && physicalName(resource).equals(text))
                        .findFirst());
    }

    /** An input value as AWS would receive it: a reference becomes the real ARN (when it was an ARN) or name. */
    public String resolve(Object value) {
        var target = referenced(value);
        if (target.isEmpty()) {
            return String.valueOf(value);
        }
        return String.valueOf(value).startsWith("arn:") ? arn(target.get()) : physicalName(target.get());
    }

    String referencedName(Object value) {
        return referenced(value).map(this::physicalName).orElse(String.valueOf(value));
    }

    /** Every mock ARN of the plan and the real ARN it stands for, to rewrite policy documents. */
    public Map<String, String> realArnsByMockArn() {
        var arns = new HashMap<String, String>();
        byMockArn.forEach((mock, resource) -> {
            if (ProviderActions.row(resource.type()).isPresent()) {
                arns.put(mock, arn(resource));
            }
        });
        return arns;
    }

    static Object input(Resource resource, String path) {
        Object current = resource.inputs();
        for (var part : path.split("\\.")) {
            // A number walks into a list (serviceConnectConfiguration.services.0.tls.roleArn).
            if (current instanceof List<?> list && part.matches("\\d+")) {
                int index = Integer.parseInt(part);
                current = index < list.size() ? list.get(index) : null;
                continue;
            }
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /** The ARN the main project's mock engine (plan/PlanMocks) gives a resource: it ends in the logical name. */
    private String mockArn(Resource resource) {
        var type = resource.type();
        var module = type.substring(type.indexOf(':') + 1, type.indexOf('/'));
        var kind = type.substring(type.lastIndexOf(':') + 1).toLowerCase();
        var name = resource.name();
        var regional = plan.region() + ":" + PlannedStack.ACCOUNT + ":";
        return switch (module) {
            case "iam" -> "arn:aws:iam::" + PlannedStack.ACCOUNT + ":" + kind + "/" + name;
            case "cloudwatch" -> switch (kind) {
                case "metricalarm" -> "arn:aws:cloudwatch:" + regional + "alarm:" + name;
                case "dashboard" -> "arn:aws:cloudwatch::" + PlannedStack.ACCOUNT + ":dashboard/" + name;
                case "querydefinition" -> "arn:aws:logs:" + regional + "query-definition:" + name;
                default -> "arn:aws:logs:" + regional + "log-group:" + name;
            };
            case "sns" -> "arn:aws:sns:" + regional + name;
            case "s3" -> "arn:aws:s3:::" + name;
            case "ssm" -> "arn:aws:ssm:" + regional + "parameter" + name;
            case "lb" -> "arn:aws:elasticloadbalancing:" + regional + kind + "/" + name;
            case "ecs" -> kind.equals("taskdefinition") ? "arn:aws:ecs:" + regional + "task-definition/" + name + ":1"
                    : "arn:aws:ecs:" + regional + kind + "/" + name;
            default -> "arn:aws:" + module + ":" + regional + kind + "/" + name;
        };
    }
}
