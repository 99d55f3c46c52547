package dev.ecsplatform.bootstrap;

import com.pulumi.test.Mocks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for AWS: records every resource's inputs, and answers with those inputs plus the ARN AWS would
 * give, so that ARNs flow into trust policies and outputs as they would in an account.
 */
final class RecordingMocks implements Mocks {

    static final String ACCOUNT_ID = "123456789012";

    /** A resource as the engine was asked to create it. */
    record Registered(String type, String name, Map<String, Object> inputs) {
    }

    private final List<Registered> registered = new CopyOnWriteArrayList<>();

    List<Registered> registered() {
        return List.copyOf(registered);
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        var inputs = new HashMap<String, Object>();
        if (args.inputs != null) {
            // The engine rejects null values in state, so only present inputs are echoed back.
            args.inputs.forEach((key, value) -> {
                if (value != null) {
                    inputs.put(key, value);
                }
            });
        }
        registered.add(new Registered(args.type, args.name, Map.copyOf(inputs)));
        var state = new HashMap<>(inputs);
        arn(args.type, inputs).ifPresent(arn -> state.put("arn", arn));
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        return CompletableFuture.completedFuture(switch (String.valueOf(args.token)) {
            case "aws:index/getCallerIdentity:getCallerIdentity" -> Map.of(
                    "accountId", ACCOUNT_ID,
                    "arn", "arn:aws:iam::" + ACCOUNT_ID + ":user/administrator",
                    "id", ACCOUNT_ID,
                    "userId", "AIDAEXAMPLE");
            case "aws:index/getPartition:getPartition" -> Map.of(
                    "partition", "aws", "dnsSuffix", "amazonaws.com", "id", "aws", "reverseDnsPrefix", "com.amazonaws");
            default -> throw new IllegalArgumentException("unexpected invoke " + args.token);
        });
    }

    private static Optional<String> arn(String type, Map<String, Object> inputs) {
        var iam = "arn:aws:iam::" + ACCOUNT_ID + ":";
        return switch (String.valueOf(type)) {
            case "aws:iam/openIdConnectProvider:OpenIdConnectProvider" ->
                    Optional.of(iam + "oidc-provider/" + String.valueOf(inputs.get("url")).replace("https://", ""));
            case "aws:iam/role:Role" -> Optional.of(iam + "role" + inputs.get("path") + inputs.get("name"));
            case "aws:iam/policy:Policy" -> Optional.of(iam + "policy" + inputs.get("path") + inputs.get("name"));
            default -> Optional.empty();
        };
    }
}
