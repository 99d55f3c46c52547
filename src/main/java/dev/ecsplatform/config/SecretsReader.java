package dev.ecsplatform.config;

import dev.ecsplatform.configkit.ConfigNode;
import dev.ecsplatform.aws.Arn;
import dev.ecsplatform.aws.KmsKeyArn;
import dev.ecsplatform.aws.SecretReference;

import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads {@code services.<name>.secrets}: each variable name maps to a secret's ARN, or to
 * {@code {from: ARN, kmsKey: ARN}} when a customer-managed KMS key encrypts it (the execution role then
 * needs {@code kms:Decrypt} on that key).
 */
final class SecretsReader {

    static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final String ENV_NAME_EXPECTED = "an environment variable name: letters, digits and '_', not starting with a digit";
    private static final String EXPECTED = SecretReference.EXPECTED + ", or {from: <that ARN>, kmsKey: <KMS key ARN>}";

    private SecretsReader() {
    }

    /** {@code region} is the stack's, empty when it was refused (each ARN is then checked for shape only). */
    static TreeMap<String, SecretSource> read(ConfigNode node, Set<String> environmentNames, Optional<String> region) {
        var result = new TreeMap<String, SecretSource>();
        for (var entry : node.entries("a mapping of variable names to secret ARNs").entrySet()) {
            var name = entry.getKey();
            var value = entry.getValue();
            if (!checkVariableName(value, name)) {
                continue;
            }
            if (environmentNames.contains(name)) {
                value.problems().add(value.path(), "a secret named " + name + " that environment also sets",
                        "each variable in either environment or secrets, not both");
                continue;
            }
            (value.isObject() ? readWithKey(value, region)
                    : readArn(value, EXPECTED, region).map(arn -> new SecretSource(arn, Optional.empty())))
                    .ifPresent(source -> result.put(name, source));
        }
        return result;
    }

    static boolean checkVariableName(ConfigNode value, String name) {
        if (ENV_NAME.matcher(name).matches()) {
            return true;
        }
        value.problems().add(value.path(), "the variable name " + ConfigNode.quote(name), ENV_NAME_EXPECTED);
        return false;
    }

    private static Optional<String> readArn(ConfigNode node, String expected, Optional<String> region) {
        var arn = node.string(expected);
        if (arn.isPresent() && SecretReference.parse(arn.get()).isEmpty()) {
            node.problem(expected);
            return Optional.empty();
        }
        return arn.filter(text -> reachable(node, text, region));
    }

    /** A secret or key the stack's tasks cannot reach (another partition, a zone for a region) fails every task start. */
    private static boolean reachable(ConfigNode node, String arn, Optional<String> region) {
        var unreachable = Arn.unreachable(arn, region);
        unreachable.ifPresent(node::problem);
        return unreachable.isEmpty();
    }

    private static Optional<SecretSource> readWithKey(ConfigNode node, Optional<String> region) {
        var fromNode = node.field("from");
        var keyNode = node.field("kmsKey");
        if (!fromNode.isPresent()) {
            fromNode.problem(SecretReference.EXPECTED);
        }
        var from = readArn(fromNode, SecretReference.EXPECTED, region);
        var key = keyNode.string(KmsKeyArn.EXPECTED);
        var parsedKey = key.flatMap(KmsKeyArn::parse);
        if (key.isPresent() && parsedKey.isEmpty()) {
            keyNode.problem(KmsKeyArn.EXPECTED);
        }
        boolean keyReachable = parsedKey.isEmpty() || reachable(keyNode, parsedKey.get().arn(), region);
        node.rejectUnknownKeys();
        if (from.isEmpty() || (key.isPresent() && parsedKey.isEmpty()) || !keyReachable) {
            return Optional.empty();
        }
        // A secret is encrypted with a key of its own partition and region (checked when the stack's region is
        // unknown too, so that a key of another partition than its secret's never passes).
        var secret = Arn.parse(from.get()).orElseThrow();
        var keyArn = parsedKey.flatMap(k -> Arn.parse(k.arn()));
        if (keyArn.isPresent() && !keyArn.get().partition().equals(secret.partition())) {
            keyNode.problem("a KMS key of the secret's partition, arn:" + secret.partition() + ":kms:" + secret.region()
                    + ":… (a secret is encrypted with a key of its own partition and region)");
            return Optional.empty();
        }
        if (keyArn.isPresent() && !keyArn.get().region().equals(secret.region())) {
            keyNode.problem("a KMS key in the secret's region, " + secret.region()
                    + " (a secret is encrypted with a key of its own region)");
            return Optional.empty();
        }
        return Optional.of(new SecretSource(from.get(), key));
    }
}
