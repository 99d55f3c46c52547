package dev.ecsplatform.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** How private subnets reach the internet. */
public enum NatGateways {
    /** No NAT: private subnets reach AWS only through VPC endpoints. Cheapest; no public registries. */
    NONE("none"),
    /** One NAT gateway for all zones: cheaper, but an outage of its zone cuts egress for all. */
    SINGLE("single"),
    /** One NAT gateway per zone: survives the loss of a zone. */
    PER_AZ("perAz");

    private final String word;

    NatGateways(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Map<String, NatGateways> byWord() {
        var words = new LinkedHashMap<String, NatGateways>();
        for (var value : values()) {
            words.put(value.word, value);
        }
        return words;
    }
}
