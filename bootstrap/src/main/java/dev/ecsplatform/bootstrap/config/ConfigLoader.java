package dev.ecsplatform.bootstrap.config;

import dev.ecsplatform.bootstrap.naming.AccessNames;
import dev.ecsplatform.configkit.ConfigNode;
import dev.ecsplatform.configkit.ConfigSource;
import dev.ecsplatform.configkit.DidYouMean;
import dev.ecsplatform.configkit.InvalidConfigException;
import dev.ecsplatform.configkit.Problems;
import dev.ecsplatform.contract.StackContract;
import dev.ecsplatform.contract.StackNameRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds a {@link BootstrapConfig} from the stack's configuration as Pulumi hands it over ({@code namespace:key} to
 * text, maps as JSON), with the same toolkit the main program's loader uses ({@code shared/}, package
 * {@code dev.ecsplatform.configkit}). Knows nothing of Pulumi, so the program, the {@code policies} command and the
 * tests feed it the same way. Reports every problem at once in an {@link InvalidConfigException}.
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

    private static final String STACKS_EXPECTED = "a map keyed by the main project's stack names, each with its"
            + " settings or {} for the defaults, e.g. {dev: {}, prod: {}}";
    private static final String STACK_EXPECTED = "a map of this stack's settings (githubBranch), or {} for the defaults";
    private static final String GITHUB_EXPECTED = "a map with repository: <owner>/<name> and optionally"
            + " createProvider (default true) and providerArn, e.g. {repository: acme/ecs-platform}";
    private static final String PULUMI_DEPLOYMENTS_EXPECTED = "a map with optionally createProvider (default true)"
            + " and providerArn, e.g. {createProvider: false, providerArn: arn:aws:iam::123456789012:oidc-provider/"
            + OidcIssuer.PULUMI_DEPLOYMENTS.hostAndPath() + "}";

    private final String namespace;

    /** @param namespace the config namespace: the bootstrap's project name, {@code ecs-platform-bootstrap} */
    public ConfigLoader(String namespace) {
        this.namespace = namespace;
    }

    public BootstrapConfig load(ConfigSource source) {
        var problems = new Problems();
        var prefix = namespace + ":";
        for (var key : source.keys()) {
            var shortKey = key.startsWith(prefix) ? key.substring(prefix.length()) : null;
            if (shortKey != null && !KEYS.contains(shortKey)) {
                problems.add(key, "an unknown key", "one of " + String.join(", ", KEYS), DidYouMean.hint(shortKey, KEYS));
            }
        }

        var organization = readName(node(ORGANIZATION, source, problems), NameRules.ORGANIZATION,
                NameRules.ORGANIZATION_EXPECTED, null);
        var project = readName(node(PROJECT, source, problems), NameRules.PROJECT, NameRules.PROJECT_EXPECTED,
                DEFAULT_PROJECT);
        var stacks = readStacks(node(STACKS, source, problems));
        var github = readGithub(node(GITHUB, source, problems));
        var pulumiProvider = readPulumiDeployments(node(PULUMI_DEPLOYMENTS, source, problems));
        if (project != null) {
            checkStacksTogether(project, stacks, problems);
        }

        problems.throwIfAny(source.description());
        return new BootstrapConfig(organization, project,
                stacks.stream().map(StackEntry::settings).toList(), github, pulumiProvider);
    }

    private ConfigNode node(String key, ConfigSource source, Problems problems) {
        var fullKey = namespace + ":" + key;
        return ConfigNode.top(fullKey, source.get(fullKey), problems);
    }

    /** A name checked against its rule; {@code fallback} when it is not set, a problem when there is none. */
    private static String readName(ConfigNode node, Pattern rule, String expected, String fallback) {
        if (!node.isPresent()) {
            if (fallback == null) {
                node.problem(expected);
            }
            return fallback;
        }
        var text = node.scalarText(expected);
        if (text.isEmpty() || !rule.matcher(text.get()).matches()) {
            if (text.isPresent()) {
                node.problem(expected);
            }
            return null;
        }
        return text.get();
    }

    /** One stack's settings and where they were read, for checks that compare stacks. */
    private record StackEntry(StackSettings settings, ConfigNode node) {
    }

    private static List<StackEntry> readStacks(ConfigNode node) {
        var stacks = new ArrayList<StackEntry>();
        if (!node.isPresent()) {
            node.problem(STACKS_EXPECTED);
            return stacks;
        }
        var entries = node.entries(STACKS_EXPECTED);
        if (entries.isEmpty() && node.isObject()) {
            node.problems().add(node.path(), "an empty map", "at least one stack: " + STACKS_EXPECTED);
        }
        entries.forEach((name, settings) -> {
            if (!StackNameRule.isValid(name)) {
                settings.problems().add(settings.path(), "the stack name " + ConfigNode.quote(name),
                        StackNameRule.EXPECTED);
            }
            stacks.add(new StackEntry(new StackSettings(name, readBranch(settings)), settings));
        });
        return stacks;
    }

    /** Reads one stack's settings and returns its GitHub branch, if any; {@code {}} means the defaults. */
    private static Optional<String> readBranch(ConfigNode settings) {
        if (!settings.isPresent() || !settings.expectObject(STACK_EXPECTED)) {
            return Optional.empty();
        }
        var branchNode = settings.field(GITHUB_BRANCH);
        settings.rejectUnknownKeys();
        var branch = branchNode.string(NameRules.BRANCH_EXPECTED);
        if (branch.isPresent() && !NameRules.BRANCH.matcher(branch.get()).matches()) {
            branchNode.problem(NameRules.BRANCH_EXPECTED);
            return Optional.empty();
        }
        return branch;
    }

    private static GithubSettings readGithub(ConfigNode node) {
        if (!node.isPresent()) {
            node.problem(GITHUB_EXPECTED);
            return null;
        }
        if (!node.expectObject(GITHUB_EXPECTED)) {
            return null;
        }
        var repositoryNode = node.field(REPOSITORY);
        var repository = repositoryNode.string(NameRules.REPOSITORY_EXPECTED);
        if (repository.isEmpty() || !NameRules.REPOSITORY.matcher(repository.get()).matches()) {
            if (repository.isPresent() || !repositoryNode.isPresent()) {
                repositoryNode.problem(NameRules.REPOSITORY_EXPECTED);
            }
            repository = Optional.empty();
        }
        var provider = readProviderSource(node, OidcIssuer.GITHUB_ACTIONS);
        node.rejectUnknownKeys();
        return new GithubSettings(repository.orElse(null), provider);
    }

    private static OidcProviderSource readPulumiDeployments(ConfigNode node) {
        if (!node.isPresent()) {
            return new OidcProviderSource.Create();
        }
        if (!node.expectObject(PULUMI_DEPLOYMENTS_EXPECTED)) {
            return null;
        }
        var provider = readProviderSource(node, OidcIssuer.PULUMI_DEPLOYMENTS);
        node.rejectUnknownKeys();
        return provider;
    }

    private static OidcProviderSource readProviderSource(ConfigNode settings, OidcIssuer issuer) {
        var createNode = settings.field(CREATE_PROVIDER);
        var arnNode = settings.field(PROVIDER_ARN);
        var create = createNode.isPresent() ? createNode.bool() : Optional.of(Boolean.TRUE);
        if (create.isEmpty()) {
            return null;
        }
        if (create.get()) {
            if (arnNode.isPresent()) {
                arnNode.problem("no providerArn while createProvider is true (the default): set createProvider: false"
                        + " to use that existing provider, or remove providerArn to create one");
            }
            return new OidcProviderSource.Create();
        }
        var expected = NameRules.providerArnExpected(issuer.hostAndPath());
        if (!arnNode.isPresent()) {
            arnNode.problem(expected);
            return null;
        }
        var arn = arnNode.string(expected);
        if (arn.isEmpty()) {
            return null;
        }
        if (!NameRules.providerArn(issuer.hostAndPath()).matcher(arn.get()).matches()) {
            arnNode.problem(expected);
            return null;
        }
        return new OidcProviderSource.Existing(arn.get());
    }

    /** Checks that need all stack names and the project name together. */
    private static void checkStacksTogether(String project, List<StackEntry> stacks, Problems problems) {
        for (var entry : stacks) {
            var stack = entry.settings().name();
            var roleName = AccessNames.longestStackRoleName(project, stack);
            if (roleName.length() > AccessNames.MAX_ROLE_NAME_LENGTH) {
                var room = stack.length() - (roleName.length() - AccessNames.MAX_ROLE_NAME_LENGTH);
                problems.add(entry.node().path(), "the stack name " + ConfigNode.quote(stack)
                                + ", which makes the role name " + ConfigNode.quote(roleName) + " " + roleName.length()
                                + " characters long",
                        "a stack name of at most " + Math.max(room, 0) + " characters with project \"" + project
                                + "\", so that role names fit IAM's limit of " + AccessNames.MAX_ROLE_NAME_LENGTH);
            }
            for (var other : stacks) {
                var otherPrefix = new StackContract(project, other.settings().name()).prefix() + "-";
                var ownPrefix = new StackContract(project, stack).prefix() + "-";
                if (other != entry && ownPrefix.startsWith(otherPrefix)) {
                    problems.add(entry.node().path(), "the stack name " + ConfigNode.quote(stack)
                                    + " next to stack " + ConfigNode.quote(other.settings().name()),
                            "stack names of which none is another one followed by '-': " + other.settings().name()
                                    + "'s deploy roles may change the main program's resources named \""
                                    + otherPrefix + "*\", which would include " + stack + "'s");
                }
            }
        }
    }
}
