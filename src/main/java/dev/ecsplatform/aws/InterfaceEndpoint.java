package dev.ecsplatform.aws;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The AWS services this platform may reach through interface VPC endpoints, by their config word. */
public enum InterfaceEndpoint {
    ECR_API("ecr.api"),
    ECR_DKR("ecr.dkr"),
    LOGS("logs"),
    SECRETS_MANAGER("secretsmanager"),
    SSM("ssm"),
    SSM_MESSAGES("ssmmessages"),
    KMS("kms"),
    STS("sts");

    private final String word;

    InterfaceEndpoint(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public String serviceName(String region) {
        return "com.amazonaws." + region + "." + word;
    }

    /** A resource-name-safe form of the word, e.g. {@code ecr-api}. */
    public String slug() {
        return word.replace('.', '-');
    }

    public static Map<String, InterfaceEndpoint> byWord() {
        var words = new LinkedHashMap<String, InterfaceEndpoint>();
        Arrays.stream(values()).forEach(e -> words.put(e.word, e));
        return words;
    }
}
