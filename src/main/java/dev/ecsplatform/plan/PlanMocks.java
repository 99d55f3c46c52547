package dev.ecsplatform.plan;

import com.pulumi.test.Mocks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The offline plan's stand-in for AWS. Every resource gets an id equal to its logical name and an
 * ARN that ends in it, so that a reference in one resource's inputs leads straight to the other.
 * Inputs are kept, by type and logical name, for the plan to report.
 */
public final class PlanMocks implements Mocks {

    /** The example account the stack files are spelled with, and the offline plan's account unless one is given. */
    public static final String ACCOUNT_ID = "123456789012";

    private final String region;
    /** The account the program deploys to: getCallerIdentity answers it and every ARN is spelled with it. */
    private final String account;
    /** The answers to the lookups of an existing VPC; empty when the stack builds its own. */
    private final Optional<StandInNetwork> network;
    /** The answer to the lookup of the stack's Private CA (only stacks with Service Connect TLS make it). */
    private final StandInCertificateAuthority certificateAuthority;
    /** The answer to the lookup of the stack's Service Connect TLS key (only stacks that name one make it). */
    private final StandInKmsKey tlsKey;
    private final Map<String, Map<String, Object>> inputs = new ConcurrentHashMap<>();
    /** Every registration's inputs, also when two share a type and name (a bug the plan reports). */
    private final Map<String, List<Map<String, Object>>> registrations = new ConcurrentHashMap<>();
    private final Set<PlannedInvoke> invokes = ConcurrentHashMap.newKeySet();

    public PlanMocks(String region) {
        this(region, Optional.empty());
    }

    public PlanMocks(String region, Optional<StandInNetwork> network) {
        this(region, ACCOUNT_ID, network, StandInCertificateAuthority.USABLE);
    }

    public PlanMocks(String region, String account, Optional<StandInNetwork> network,
                     StandInCertificateAuthority certificateAuthority) {
        this(region, account, network, certificateAuthority, StandInKmsKey.USABLE);
    }

    public PlanMocks(String region, String account, Optional<StandInNetwork> network,
                     StandInCertificateAuthority certificateAuthority, StandInKmsKey tlsKey) {
        this.region = region;
        this.account = account;
        this.network = network;
        this.certificateAuthority = certificateAuthority;
        this.tlsKey = tlsKey;
    }

    /** The inputs the engine received for a resource, keyed by {@code type::name}. */
    public Map<String, Object> inputsOf(String type, String name) {
        return inputs.getOrDefault(key(type, name), Map.of());
    }

    /** The inputs of each registration of {@code type::name}, in the order the engine saw them. */
    public List<Map<String, Object>> registrationsOf(String type, String name) {
        return List.copyOf(registrations.getOrDefault(key(type, name), List.of()));
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        var given = args.inputs == null ? Map.<String, Object>of() : args.inputs;
        inputs.put(key(args.type, args.name), given);
        registrations.computeIfAbsent(key(args.type, args.name), k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(given);
        if (!args.type.startsWith("aws:")) {
            // A component: it has no cloud id and no state of its own.
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.empty(), Map.of()));
        }
        var state = new HashMap<>(given);
        var physicalName = given.get("name") instanceof String n ? n : args.name;
        state.putIfAbsent("name", physicalName);
        // The ARN ends in the logical name (not the physical one) so that references can be followed.
        state.putIfAbsent("arn", arn(args.type, args.name));
        extras(args.type, physicalName, state);
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name), state));
    }

    /** Every distinct data-source call the program made, in a fixed order. */
    public List<PlannedInvoke> invokes() {
        return invokes.stream().sorted().toList();
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        invokes.add(new PlannedInvoke(args.token));
        var lookedUp = network.flatMap(n -> n.answer(args.token, argumentsOf(args)));
        if (lookedUp.isPresent()) {
            return CompletableFuture.completedFuture(lookedUp.get());
        }
        Map<String, Object> result = switch (args.token) {
            case "aws:index/getCallerIdentity:getCallerIdentity" -> Map.of(
                    "accountId", account,
                    "arn", "arn:aws:iam::" + account + ":user/offline-plan",
                    "id", account,
                    "userId", "OFFLINEPLAN");
            case "aws:index/getAvailabilityZones:getAvailabilityZones" -> {
                var letters = List.of("a", "b", "c", "d", "e", "f");
                yield Map.of(
                        "id", region,
                        "names", letters.stream().map(l -> region + l).toList(),
                        "zoneIds", IntStream.rangeClosed(1, letters.size()).mapToObj(i -> "use1-az" + i).toList(),
                        "groupNames", List.of(region));
            }
            case "aws:index/getRegion:getRegion" -> Map.of(
                    "name", region, "id", region, "description", region,
                    "endpoint", "ec2." + region + ".amazonaws.com");
            case "aws:elb/getServiceAccount:getServiceAccount" -> Map.of(
                    // us-east-1's ELB account is real; elsewhere a stand-in that says what it is.
                    "arn", "arn:aws:iam::" + (region.equals("us-east-1") ? "127311923021" : "elb-account-of-" + region) + ":root",
                    "id", region.equals("us-east-1") ? "127311923021" : "elb-account-of-" + region,
                    "region", region);
            case "aws:acmpca/getCertificateAuthority:getCertificateAuthority" ->
                    certificateAuthority.answer(String.valueOf(argumentsOf(args).get("arn")));
            case "aws:kms/getKey:getKey" -> tlsKey.answer(String.valueOf(argumentsOf(args).get("keyId")));
            case "aws:index/getPartition:getPartition" -> Map.of(
                    "partition", "aws", "id", "aws", "dnsSuffix", "amazonaws.com", "reverseDnsPrefix", "com.amazonaws");
            default -> Map.of();
        };
        return CompletableFuture.completedFuture(result);
    }

    /**
     * The call's arguments: the SDK declares them as a Guava map, which this project does not compile against, so
     * they are read as the plain {@link Map} they are.
     */
    private static Map<String, Object> argumentsOf(CallArgs args) {
        try {
            var raw = CallArgs.class.getField("args").get(args);
            @SuppressWarnings("unchecked")
            var map = raw instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.<String, Object>of();
            return map;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the mock engine's call arguments cannot be read", e);
        }
    }

    /** A plausible ARN: {@code arn:aws:<service>:<region>:<account>:<kind>/<name>}. */
    String arn(String type, String name) {
        var module = type.substring(type.indexOf(':') + 1, type.indexOf('/'));
        var kind = type.substring(type.lastIndexOf(':') + 1).toLowerCase();
        return switch (module) {
            case "iam" -> "arn:aws:iam::" + account + ":" + kind + "/" + name;
            case "cloudwatch" -> switch (kind) {
                case "metricalarm" -> "arn:aws:cloudwatch:" + region + ":" + account + ":alarm:" + name;
                case "dashboard" -> "arn:aws:cloudwatch::" + account + ":dashboard/" + name;
                case "querydefinition" -> "arn:aws:logs:" + region + ":" + account + ":query-definition:" + name;
                default -> "arn:aws:logs:" + region + ":" + account + ":log-group:" + name;
            };
            case "sns" -> "arn:aws:sns:" + region + ":" + account + ":" + name;
            case "s3" -> "arn:aws:s3:::" + name;
            case "ssm" -> "arn:aws:ssm:" + region + ":" + account + ":parameter" + name;
            case "lb" -> "arn:aws:elasticloadbalancing:" + region + ":" + account + ":" + kind + "/" + name;
            case "ecs" -> kind.equals("taskdefinition")
                    ? "arn:aws:ecs:" + region + ":" + account + ":task-definition/" + name + ":1"
                    : "arn:aws:ecs:" + region + ":" + account + ":" + kind + "/" + name;
            default -> "arn:aws:" + module + ":" + region + ":" + account + ":" + kind + "/" + name;
        };
    }

    private void extras(String type, String name, Map<String, Object> state) {
        switch (type) {
            case "aws:ec2/vpc:Vpc" -> {
                state.putIfAbsent("defaultSecurityGroupId", name + "-default-sg");
                state.putIfAbsent("mainRouteTableId", name + "-main-rt");
            }
            case "aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace" ->
                    state.putIfAbsent("hostedZone", "Z" + Integer.toHexString(name.hashCode()).toUpperCase());
            case "aws:ecs/taskDefinition:TaskDefinition" -> state.putIfAbsent("revision", 1);
            case "aws:lb/loadBalancer:LoadBalancer" -> {
                state.putIfAbsent("dnsName", name + "-1234567890." + region + ".elb.amazonaws.com");
                state.putIfAbsent("arnSuffix", "app/" + name + "/0123456789abcdef");
                state.putIfAbsent("zoneId", "Z35SXDOTRQ7X7K");
            }
            case "aws:lb/targetGroup:TargetGroup" -> state.putIfAbsent("arnSuffix", "targetgroup/" + name + "/0123456789abcdef");
            case "aws:kms/key:Key" -> state.putIfAbsent("keyId", name);
            case "aws:cloudwatch/queryDefinition:QueryDefinition" -> state.putIfAbsent("queryDefinitionId", name);
            case "aws:s3/bucketV2:BucketV2", "aws:s3/bucket:Bucket" -> state.putIfAbsent("bucket", name);
            default -> {
            }
        }
    }

    private static String key(String type, String name) {
        return type + "::" + name;
    }
}
