package dev.ecsplatform.config;

import dev.ecsplatform.configkit.ConfigNode;
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

    static TreeMap<String, SecretSource> read(ConfigNode node, Set<String> environmentNames) {
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
            (value.isObject() ? readWithKey(value) : readArn(value, EXPECTED).map(arn -> new SecretSource(arn, Optional.empty())))
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

    private static Optional<String> readArn(ConfigNode node, String expected) {
        var arn = node.string(expected);
        if (arn.isPresent() && SecretReference.parse(arn.get()).isEmpty()) {
            node.problem(expected);
            return Optional.empty();
        }
        return arn;
    }

    private static Optional<SecretSource> readWithKey(ConfigNode node) {
        var fromNode = node.field("from");
        var keyNode = node.field("kmsKey");
        if (!fromNode.isPresent()) {
            fromNode.problem(SecretReference.EXPECTED);
        }
        var from = readArn(fromNode, SecretReference.EXPECTED);
        var key = keyNode.string(KmsKeyArn.EXPECTED);
        var parsedKey = key.flatMap(KmsKeyArn::parse);
        if (key.isPresent() && parsedKey.isEmpty()) {
            keyNode.problem(KmsKeyArn.EXPECTED);
        }
        node.rejectUnknownKeys();
        if (from.isEmpty() || (key.isPresent() && parsedKey.isEmpty())) {
            return Optional.empty();
        }
        var secretRegion = SecretReference.parse(from.get()).orElseThrow().region();
        if (parsedKey.isPresent() && !parsedKey.get().region().equals(secretRegion)) {
            keyNode.problem("a KMS key in the secret's region, " + secretRegion
                    + " (a secret is encrypted with a key of its own region)");
            return Optional.empty();
        }
        return Optional.of(new SecretSource(from.get(), key));
    }
}
