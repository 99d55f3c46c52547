package dev.ecsplatform.bootstrap.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.ecsplatform.bootstrap.naming.AccessNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds a {@link BootstrapConfig} from the stack's config entries (key without namespace → value as Pulumi hands
 * it over: plain text for scalars, JSON for maps). Knows nothing of Pulumi, so the program and the tests feed it
 * the same way. Reports every problem at once in an {@link InvalidConfigException}.
 */
public final class ConfigLoader {

    public static final String DEFAULT_PROJECT = "ecs-platform";

    static final String ORGANIZATION = "pulumiOrganization";
    static final String PROJECT = "project";
    static final String STACKS = "stacks";
    static final String GITHUB = "github";
    static final String PULUMI_DEPLOYMENTS = "pulumiDeployments";

    /** Every top-level key the program reads. */
    public static final List<String> KEYS = List.of(ORGANIZATION, PROJECT, STACKS, GITHUB, PULUMI_DEPLOYMENTS);

    private static final String GITHUB_BRANCH = "githubBranch";
    private static final String REPOSITORY = "repository";
    private static final String CREATE_PROVIDER = "createProvider";
    private static final String PROVIDER_ARN = "providerArn";

    private static final List<String> STACK_KEYS = List.of(GITHUB_BRANCH);
    private static final List<String> GITHUB_KEYS = List.of(REPOSITORY, CREATE_PROVIDER, PROVIDER_ARN);
    private static final List<String> PULUMI_DEPLOYMENTS_KEYS = List.of(CREATE_PROVIDER, PROVIDER_ARN);

    private static final String STACKS_EXPECTED = "a map keyed by the main project's stack names, each with its"
            + " settings or {} for the defaults, e.g. {dev: {}, prod: {}}";
    private static final String GITHUB_EXPECTED = "a map with repository: <owner>/<name> and optionally"
            + " createProvider (default true) and providerArn, e.g. {repository: acme/ecs-platform}";
    private static final String PULUMI_DEPLOYMENTS_EXPECTED = "a map with optionally createProvider (default true)"
            + " and providerArn, e.g. {createProvider: false, providerArn: arn:aws:iam::123456789012:oidc-provider/"
            + OidcIssuer.PULUMI_DEPLOYMENTS.hostAndPath() + "}";
    private static final String BOOLEAN_EXPECTED = "true or false";

    private final String namespace;

    /** @param namespace the config namespace (the bootstrap's project name), used to spell key paths in messages */
    public ConfigLoader(String namespace) {
        this.namespace = namespace;
    }

    public BootstrapConfig load(Map<String, String> entries) {
        var problems = new Problems(namespace);
        problems.rejectUnknownKeys("", entries.keySet(), KEYS);

        var organization = readName(entries.get(ORGANIZATION), ORGANIZATION,
                NameRules.ORGANIZATION, NameRules.ORGANIZATION_EXPECTED, problems);
        var project = readName(Optional.ofNullable(entries.get(PROJECT)).orElse(DEFAULT_PROJECT), PROJECT,
                NameRules.PROJECT, NameRules.PROJECT_EXPECTED, problems);
        var stacks = readStacks(entries.get(STACKS), problems);
        var github = readGithub(entries.get(GITHUB), problems);
        var pulumiProvider = readPulumiDeployments(entries.get(PULUMI_DEPLOYMENTS), problems);
        if (project != null) {
            checkStacksTogether(project, stacks, problems);
        }

        problems.throwIfAny();
        return new BootstrapConfig(organization, project, stacks, github, pulumiProvider);
    }

    private static String readName(String raw, String path, Pattern rule, String expected, Problems problems) {
        if (raw == null) {
            problems.add(path, Problems.NOT_SET, expected);
            return null;
        }
        if (!rule.matcher(raw).matches()) {
            problems.add(path, Problems.quoted(raw), expected);
            return null;
        }
        return raw;
    }

    private static List<StackSettings> readStacks(String raw, Problems problems) {
        var stacks = new ArrayList<StackSettings>();
        var map = readObject(raw, STACKS, STACKS_EXPECTED, true, problems);
        if (map.isEmpty()) {
            return stacks;
        }
        if (map.get().size() == 0) {
            problems.add(STACKS, "an empty map", "at least one stack: " + STACKS_EXPECTED);
        }
        for (var entry : map.get().entrySet()) {
            var name = entry.getKey();
            var path = STACKS + "." + name;
            if (!NameRules.STACK.matcher(name).matches()) {
                problems.add(path, "stack name " + Problems.quoted(name), NameRules.STACK_EXPECTED);
            }
            stacks.add(new StackSettings(name, readStackSettings(entry.getValue(), path, problems)));
        }
        return stacks;
    }

    /** Reads one stack's settings and returns its GitHub branch, if any. */
    private static Optional<String> readStackSettings(JsonElement value, String path, Problems problems) {
        // `dev:` with nothing under it arrives as null and means the defaults, like `dev: {}`.
        if (value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonObject()) {
            problems.add(path, value.toString(), "a map of this stack's settings (githubBranch), or {} for the defaults");
            return Optional.empty();
        }
        var settings = value.getAsJsonObject();
        problems.rejectUnknownKeys(path, settings.keySet(), STACK_KEYS);
        var branch = settings.get(GITHUB_BRANCH);
        if (branch == null || branch.isJsonNull()) {
            return Optional.empty();
        }
        var text = text(branch);
        if (text == null || !NameRules.BRANCH.matcher(text).matches()) {
            problems.add(path + "." + GITHUB_BRANCH, branch.toString(), NameRules.BRANCH_EXPECTED);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static GithubSettings readGithub(String raw, Problems problems) {
        var map = readObject(raw, GITHUB, GITHUB_EXPECTED, true, problems);
        if (map.isEmpty()) {
            return null;
        }
        var settings = map.get();
        problems.rejectUnknownKeys(GITHUB, settings.keySet(), GITHUB_KEYS);
        var repositoryValue = settings.get(REPOSITORY);
        var repository = repositoryValue == null ? null : text(repositoryValue);
        if (repository == null || !NameRules.REPOSITORY.matcher(repository).matches()) {
            problems.add(GITHUB + "." + REPOSITORY, Problems.given(repositoryValue), NameRules.REPOSITORY_EXPECTED);
        }
        var provider = readProviderSource(settings, GITHUB, OidcIssuer.GITHUB_ACTIONS, problems);
        return new GithubSettings(repository, provider);
    }

    private static OidcProviderSource readPulumiDeployments(String raw, Problems problems) {
        var map = readObject(raw, PULUMI_DEPLOYMENTS, PULUMI_DEPLOYMENTS_EXPECTED, false, problems);
        if (raw == null) {
            return new OidcProviderSource.Create();
        }
        if (map.isEmpty()) {
            return null;
        }
        problems.rejectUnknownKeys(PULUMI_DEPLOYMENTS, map.get().keySet(), PULUMI_DEPLOYMENTS_KEYS);
        return readProviderSource(map.get(), PULUMI_DEPLOYMENTS, OidcIssuer.PULUMI_DEPLOYMENTS, problems);
    }

    private static OidcProviderSource readProviderSource(
            JsonObject settings, String path, OidcIssuer issuer, Problems problems) {
        var createValue = settings.get(CREATE_PROVIDER);
        var create = createValue == null || createValue.isJsonNull() ? Boolean.TRUE : bool(createValue);
        if (create == null) {
            problems.add(path + "." + CREATE_PROVIDER, createValue.toString(), BOOLEAN_EXPECTED);
            return null;
        }
        var arnValue = settings.get(PROVIDER_ARN);
        var arnGiven = arnValue != null && !arnValue.isJsonNull();
        if (create) {
            if (arnGiven) {
                problems.add(path + "." + PROVIDER_ARN, arnValue.toString(), "no providerArn while createProvider is"
                        + " true (the default): set createProvider: false to use that existing provider, or remove"
                        + " providerArn to create one");
            }
            return new OidcProviderSource.Create();
        }
        var arn = arnGiven ? text(arnValue) : null;
        if (arn == null || !NameRules.providerArn(issuer.hostAndPath()).matcher(arn).matches()) {
            problems.add(path + "." + PROVIDER_ARN, Problems.given(arnGiven ? arnValue : null),
                    NameRules.providerArnExpected(issuer.hostAndPath()));
            return null;
        }
        return new OidcProviderSource.Existing(arn);
    }

    /** Checks that need all stack names and the project name together. */
    private static void checkStacksTogether(String project, List<StackSettings> stacks, Problems problems) {
        for (var stack : stacks) {
            var path = STACKS + "." + stack.name();
            var roleName = AccessNames.longestStackRoleName(project, stack.name());
            if (roleName.length() > AccessNames.MAX_ROLE_NAME_LENGTH) {
                var room = stack.name().length() - (roleName.length() - AccessNames.MAX_ROLE_NAME_LENGTH);
                problems.add(path, "stack name " + Problems.quoted(stack.name()) + ", which makes the role name "
                                + Problems.quoted(roleName) + " " + roleName.length() + " characters long",
                        "a stack name of at most " + Math.max(room, 0) + " characters with project \"" + project
                                + "\", so that role names fit IAM's limit of " + AccessNames.MAX_ROLE_NAME_LENGTH);
            }
            for (var other : stacks) {
                var otherPrefix = AccessNames.stackResourcePrefix(project, other.name());
                if (other != stack && AccessNames.stackResourcePrefix(project, stack.name()).startsWith(otherPrefix)) {
                    problems.add(path, "stack name " + Problems.quoted(stack.name()) + " next to stack "
                                    + Problems.quoted(other.name()),
                            "stack names of which none is another one followed by '-': " + other.name()
                                    + "'s deploy roles may change the main program's resources named \""
                                    + otherPrefix + "*\", which would include " + stack.name() + "'s");
                }
            }
        }
    }

    /**
     * Reads a map-valued key. A missing key is reported only when {@code required}; a value that is not a map is
     * always reported.
     */
    private static Optional<JsonObject> readObject(
            String raw, String path, String expected, boolean required, Problems problems) {
        if (raw == null) {
            if (required) {
                problems.add(path, Problems.NOT_SET, expected);
            }
            return Optional.empty();
        }
        var parsed = StructuredValue.parse(raw);
        if (parsed.isEmpty() || !parsed.get().isJsonObject()) {
            problems.add(path, parsed.map(JsonElement::toString).orElseGet(() -> Problems.quoted(raw)), expected);
            return Optional.empty();
        }
        return Optional.of(parsed.get().getAsJsonObject());
    }

    private static String text(JsonElement value) {
        return value instanceof JsonPrimitive primitive && primitive.isString() ? primitive.getAsString() : null;
    }

    /**
     * A JSON boolean, or its text: {@code pulumi config set --path github.createProvider false} stores a string.
     */
    private static Boolean bool(JsonElement value) {
        if (value instanceof JsonPrimitive primitive) {
            if (primitive.isBoolean()) {
                return primitive.getAsBoolean();
            }
            if (primitive.isString()) {
                return switch (primitive.getAsString().toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> null;
                };
            }
        }
        return null;
    }
}
