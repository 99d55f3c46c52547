package dev.ecsplatform.catalog;

import com.google.gson.JsonParser;
import dev.ecsplatform.testing.StackFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointCatalogTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void stackOutputListsEveryServiceWithAPortAndWhoMayCallIt(String stack) {
        @SuppressWarnings("unchecked")
        var endpoints = (Map<String, Object>) StackFiles.plan(stack).outputs().get("endpoints");
        assertThat(endpoints.keySet()).containsExactlyInAnyOrder("api", "cache", "catalog", "inventory", "orders");
        assertThat(endpoints.get("orders")).isEqualTo(Map.of(
                "url", "http://orders." + stack + ".internal:8080",
                "host", "orders." + stack + ".internal",
                "port", 8080,
                "protocol", "http",
                "callers", List.of("api", "inventory", "notifier"),
                "externalCallers", List.of("erp", "saleor")));
        assertThat(((Map<?, ?>) endpoints.get("inventory")).get("url")).isEqualTo("grpc://inventory." + stack + ".internal:9999");
        assertThat(((Map<?, ?>) endpoints.get("cache")).get("url")).isEqualTo("tcp://cache." + stack + ".internal:6379");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void ssmParametersCarryTheSameEntries(String stack) {
        var plan = StackFiles.plan(stack);
        var parameters = plan.ofType("aws:ssm/parameter:Parameter");
        assertThat(parameters).extracting(p -> p.inputString("name")).containsExactlyInAnyOrder(
                "/ecs-platform/" + stack + "/endpoints/api", "/ecs-platform/" + stack + "/endpoints/cache",
                "/ecs-platform/" + stack + "/endpoints/catalog", "/ecs-platform/" + stack + "/endpoints/inventory",
                "/ecs-platform/" + stack + "/endpoints/orders");
        var catalog = plan.get("aws:ssm/parameter:Parameter", "ecs-platform-" + stack + "-endpoints-catalog");
        assertThat(catalog.inputs()).containsEntry("type", "String").containsEntry("tier", "Standard");
        var value = JsonParser.parseString(catalog.inputString("value")).getAsJsonObject();
        assertThat(value.get("url").getAsString()).isEqualTo("http://catalog." + stack + ".internal:8080");
        assertThat(value.getAsJsonArray("callers").asList()).extracting(e -> e.getAsString()).containsExactly("api");
        assertThat(value.getAsJsonArray("externalCallers").asList()).extracting(e -> e.getAsString()).containsExactly("saleor");
    }
}
