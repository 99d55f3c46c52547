package dev.ecsplatform.naming;

import dev.ecsplatform.config.ConfigLoader;
import dev.ecsplatform.config.StackFile;
import dev.ecsplatform.plan.OfflinePlanner;
import dev.ecsplatform.plan.Plan;
import dev.ecsplatform.plan.PlannedResource;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every physical name the plan would send to AWS, or that Pulumi would generate, fits AWS's length limit and
 * character set, for the real stacks and for the longest names the program accepts: a 32-character project,
 * a 24-character stack and 32-character services, with every feature on. The limits are written here from
 * AWS's documentation, independently of the program's own constants.
 */
class PhysicalNameLimitsTest {

    /** A name input of a resource type, its limit and character set; {@code autoNamed} when Pulumi fills it in. */
    record Rule(String input, int max, Pattern allowed, boolean autoNamed) {
    }

    private static final Pattern IAM = Pattern.compile("[\\w+=,.@-]+");
    private static final Pattern ELB = Pattern.compile("(?!internal-)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");
    private static final Pattern ECS = Pattern.compile("[A-Za-z0-9_-]+");

    static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("aws:iam/role:Role", new Rule("name", 64, IAM, true)),
            Map.entry("aws:iam/rolePolicy:RolePolicy", new Rule("name", 128, IAM, true)),
            Map.entry("aws:ec2/securityGroup:SecurityGroup", new Rule("name", 255, Pattern.compile("(?!sg-)[\\x20-\\x7e]+"), true)),
            Map.entry("aws:cloudwatch/logGroup:LogGroup", new Rule("name", 512, Pattern.compile("[\\w./#-]+"), true)),
            Map.entry("aws:ecs/cluster:Cluster", new Rule("name", 255, ECS, true)),
            Map.entry("aws:ecs/service:Service", new Rule("name", 255, ECS, true)),
            Map.entry("aws:ecs/taskDefinition:TaskDefinition", new Rule("family", 255, ECS, false)),
            Map.entry("aws:lb/loadBalancer:LoadBalancer", new Rule("name", 32, ELB, true)),
            Map.entry("aws:lb/targetGroup:TargetGroup", new Rule("name", 32, ELB, true)),
            // The provider appends 26 characters to a prefix; buckets allow 63 lowercase letters, digits, '.' and '-'.
            Map.entry("aws:s3/bucketV2:BucketV2", new Rule("bucketPrefix", 63 - 26, Pattern.compile("[a-z0-9][a-z0-9.-]*"), true)),
            // Cloud Map services of a DNS namespace are DNS labels.
            Map.entry("aws:servicediscovery/service:Service", new Rule("name", 63, Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"), true)),
            Map.entry("aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace", new Rule("name", 253,
                    Pattern.compile("[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63})*"), false)),
            Map.entry("aws:ssm/parameter:Parameter", new Rule("name", 1011, Pattern.compile("/[A-Za-z0-9_.\\-/]+"), false)),
            Map.entry("aws:appautoscaling/policy:Policy", new Rule("name", 255, Pattern.compile("[\\x21-\\x7e&&[^:/|]]+"), true)));

    static final String LONGEST = """
            config:
              aws:region: us-east-1
              ecs-platform:protect: false
              ecs-platform:namespace: backends.internal
              ecs-platform:ingress:
                certificateArn: arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789
              ecs-platform:services:
                order-fulfilment-and-returns-api:
                  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1.0.0
                  port: 8080
                  calls: [inventory-reservations-and-stock, payments-settlement-and-refunds1]
                  exec: true
                  readonlyRootFilesystem: false
                  autoscaling: {min: 2, max: 4}
                  taskRolePolicies: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]
                  secrets:
                    DB: {from: "arn:aws:secretsmanager:us-east-1:123456789012:secret:db", kmsKey: "arn:aws:kms:us-east-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"}
                  public: {hosts: [orders.example.com], priority: 10}
                inventory-reservations-and-stock:
                  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/inventory:1.0.0
                  port: 9090
                  protocol: grpc
                  calls: [order-fulfilment-and-returns-api]
                payments-settlement-and-refunds1:
                  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/payments:1.0.0
                  port: 6379
                  protocol: tcp
              ecs-platform:externalClients:
                enterprise-resource-planning-srv:
                  securityGroupIds: [sg-0a1b2c3d4e5f60718]
                  cidrs: [10.0.224.0/24]
                  calls: [inventory-reservations-and-stock, payments-settlement-and-refunds1]
            """;

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theRealStacksNamesFit(String stack) {
        assertThat(violations(StackFiles.plan(stack))).isEmpty();
    }

    @Test
    void theLongestAcceptedProjectStackAndServiceNamesFit() {
        var names = new StackNames("platform-of-the-company-backends", "staging-eu-west-customer");
        var config = ConfigLoader.load(names.project(), StackFile.parse(LONGEST.replace("ecs-platform:",
                names.project() + ":"), "longest.yaml"));
        var plan = OfflinePlanner.plan(names, config);

        assertThat(plan.resources()).extracting(PlannedResource::type).contains(RULES.keySet().toArray(String[]::new));
        assertThat(violations(plan)).isEmpty();
    }

    @Test
    void everyTypeThatTakesANameHasARule() {
        var plans = List.of(StackFiles.plan("dev"), StackFiles.plan("prod"));
        var nameable = plans.stream().flatMap(p -> p.resources().stream()).filter(PlannedResource::custom)
                .map(PlannedResource::type).distinct().filter(PhysicalNameLimitsTest::takesAName).sorted().toList();
        assertThat(RULES.keySet()).containsAll(nameable);
    }

    /** The physical names of a plan that break their type's rule, one line each. */
    static List<String> violations(Plan plan) {
        var found = new ArrayList<String>();
        for (var resource : plan.resources()) {
            var rule = RULES.get(resource.type());
            if (rule == null) {
                continue;
            }
            var given = resource.inputString(rule.input());
            // Pulumi's auto-name is the logical name, a dash and seven random hex characters.
            var name = given != null ? given : rule.autoNamed() ? resource.name() + "-abcdef0" : null;
            if (name == null) {
                continue;
            }
            if (name.length() > rule.max() || !rule.allowed().matcher(name).matches()) {
                found.add(resource.type() + " " + resource.name() + ": " + rule.input() + " \"" + name + "\" ("
                        + name.length() + " characters; at most " + rule.max() + ", matching " + rule.allowed() + ")");
            }
        }
        for (var service : plan.ofType("aws:ecs/service:Service")) {
            if (service.input("serviceConnectConfiguration.services") instanceof List<?> endpoints) {
                for (var endpoint : endpoints) {
                    var e = (Map<?, ?>) endpoint;
                    checkConnectName(found, service, "portName", String.valueOf(e.get("portName")));
                    checkConnectName(found, service, "discoveryName", String.valueOf(e.get("discoveryName")));
                    var alias = (Map<?, ?>) ((List<?>) e.get("clientAlias")).get(0);
                    var dnsName = String.valueOf(alias.get("dnsName"));
                    if (dnsName.length() > 127 || !dnsName.matches("[a-z0-9_.-]+")) {
                        found.add(service.name() + ": clientAlias dnsName \"" + dnsName + "\"");
                    }
                }
            }
        }
        return found;
    }

    /** Service Connect port and discovery names: at most 64 of [a-z0-9_-], not starting with '-'. */
    private static void checkConnectName(List<String> found, PlannedResource service, String field, String value) {
        if (value.length() > 64 || !value.matches("[a-z0-9_][a-z0-9_-]*")) {
            found.add(service.name() + ": " + field + " \"" + value + "\"");
        }
    }

    /** Whether the provider's Args class for a type has a name-like input that Pulumi or AWS would fill in. */
    private static boolean takesAName(String type) {
        var module = type.substring(type.indexOf(':') + 1, type.indexOf('/'));
        var className = "com.pulumi.aws." + module + "." + type.substring(type.lastIndexOf(':') + 1) + "Args";
        try {
            return Arrays.stream(Class.forName(className).getMethods()).map(m -> m.getName())
                    .anyMatch(m -> m.equals("name") || m.equals("namePrefix") || m.equals("family") || m.equals("bucketPrefix"));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no Args class for " + type, e);
        }
    }
}
