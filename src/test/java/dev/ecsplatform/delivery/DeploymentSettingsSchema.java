package dev.ecsplatform.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of a {@code Pulumi.<stack>.deploy.yaml} that {@code pulumi deployment settings push} reads: the yaml tags of
 * {@code workspace.ProjectStackDeployment} and {@code apitype.DeploymentSettings} in pulumi/pulumi
 * ({@code sdk/go/common/apitype/deployments.go}). The CLI decodes the file without rejecting unknown keys, so a
 * misspelt key would be dropped silently and the setting never pushed; this whitelist catches it instead.
 */
final class DeploymentSettingsSchema {

    /** What a value may be. */
    sealed interface Shape permits Fields, MapOf, ListOf, Scalar {
    }

    /** A mapping with exactly these optional keys. */
    record Fields(Map<String, Shape> keys) implements Shape {
    }

    /** A mapping with keys of the user's choosing (environment variable names). */
    record MapOf(Shape values) implements Shape {
    }

    record ListOf(Shape items) implements Shape {
    }

    enum Scalar implements Shape {
        STRING, BOOLEAN, INTEGER,
        /** Plain text, or {@code {secret: ...}} / {@code {ciphertext: ...}} as {@code settings env --secret} writes it. */
        SECRET
    }

    private static final Shape STRINGS = new ListOf(Scalar.STRING);

    static final Shape FILE = fields(
            "settings", fields(
                    "tag", Scalar.STRING,
                    "agentPoolID", Scalar.STRING,
                    "executorContext", fields(
                            "workingDirectory", Scalar.STRING,
                            "executorImage", fields(
                                    "reference", Scalar.STRING,
                                    "credentials", fields("username", Scalar.STRING, "password", Scalar.SECRET))),
                    "sourceContext", fields(
                            "git", fields(
                                    "repoUrl", Scalar.STRING,
                                    "branch", Scalar.STRING,
                                    "repoDir", Scalar.STRING,
                                    "commit", Scalar.STRING,
                                    "gitAuth", fields(
                                            "accessToken", Scalar.SECRET,
                                            "sshAuth", fields("sshPrivateKey", Scalar.SECRET, "password", Scalar.SECRET),
                                            "basicAuth", fields("userName", Scalar.SECRET, "password", Scalar.SECRET)))),
                    "gitHub", fields(
                            "repository", Scalar.STRING,
                            "deployCommits", Scalar.BOOLEAN,
                            "previewPullRequests", Scalar.BOOLEAN,
                            "pullRequestTemplate", Scalar.BOOLEAN,
                            "deployPullRequest", Scalar.INTEGER,
                            "paths", STRINGS),
                    "operationContext", fields(
                            "preRunCommands", STRINGS,
                            "environmentVariables", new MapOf(Scalar.SECRET),
                            "options", fields(
                                    "skipInstallDependencies", Scalar.BOOLEAN,
                                    "skipIntermediateDeployments", Scalar.BOOLEAN,
                                    "shell", Scalar.STRING,
                                    "deleteAfterDestroy", Scalar.BOOLEAN,
                                    "remediateIfDriftDetected", Scalar.BOOLEAN),
                            "oidc", fields(
                                    "aws", fields(
                                            "roleArn", Scalar.STRING,
                                            "sessionName", Scalar.STRING,
                                            "duration", Scalar.STRING,
                                            "policyArns", STRINGS),
                                    "azure", fields(
                                            "clientId", Scalar.STRING,
                                            "tenantId", Scalar.STRING,
                                            "subscriptionId", Scalar.STRING),
                                    "gcp", fields(
                                            "projectId", Scalar.STRING,
                                            "region", Scalar.STRING,
                                            "workloadPoolId", Scalar.STRING,
                                            "providerId", Scalar.STRING,
                                            "serviceAccount", Scalar.STRING,
                                            "tokenLifetime", Scalar.STRING)))));

    private DeploymentSettingsSchema() {
    }

    /** Every key or value of the document that the schema does not allow, each with its path. */
    static List<String> problems(Object document) {
        var problems = new ArrayList<String>();
        check(FILE, document, "", problems);
        return problems;
    }

    private static void check(Shape shape, Object value, String path, List<String> problems) {
        var at = path.isEmpty() ? "(file)" : path;
        if (shape instanceof Fields fields) {
            if (!(value instanceof Map<?, ?> map)) {
                problems.add(at + ": expected a mapping with keys " + fields.keys().keySet() + ", got " + value);
                return;
            }
            map.forEach((key, child) -> {
                var childShape = fields.keys().get(String.valueOf(key));
                var childPath = path.isEmpty() ? String.valueOf(key) : path + "." + key;
                if (childShape == null) {
                    problems.add(childPath + ": unknown key; expected one of " + fields.keys().keySet());
                } else {
                    check(childShape, child, childPath, problems);
                }
            });
        } else if (shape instanceof MapOf mapOf) {
            if (!(value instanceof Map<?, ?> map)) {
                problems.add(at + ": expected a mapping, got " + value);
                return;
            }
            map.forEach((key, child) -> check(mapOf.values(), child, path + "." + key, problems));
        } else if (shape instanceof ListOf listOf) {
            if (!(value instanceof List<?> list)) {
                problems.add(at + ": expected a list, got " + value);
                return;
            }
            for (var i = 0; i < list.size(); i++) {
                check(listOf.items(), list.get(i), path + "[" + i + "]", problems);
            }
        } else if (shape instanceof Scalar scalar && !matches(scalar, value)) {
            problems.add(at + ": expected " + scalar.name().toLowerCase() + ", got " + value);
        }
    }

    private static boolean matches(Scalar scalar, Object value) {
        return switch (scalar) {
            case STRING -> value instanceof String;
            case BOOLEAN -> value instanceof Boolean;
            case INTEGER -> value instanceof Integer || value instanceof Long;
            case SECRET -> value instanceof String || value instanceof Map<?, ?> secret
                    && secret.size() == 1
                    && (secret.containsKey("secret") || secret.containsKey("ciphertext"));
        };
    }

    private static Fields fields(Object... keysAndShapes) {
        var keys = new LinkedHashMap<String, Shape>();
        for (var i = 0; i < keysAndShapes.length; i += 2) {
            keys.put((String) keysAndShapes[i], (Shape) keysAndShapes[i + 1]);
        }
        return new Fields(keys);
    }
}
