package dev.ecsplatform.catalog;

import com.google.gson.GsonBuilder;
import com.pulumi.aws.ssm.Parameter;
import com.pulumi.aws.ssm.ParameterArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.Map;

/**
 * Publishes the endpoint catalog as SSM parameters, {@code /<project>/<stack>/endpoints/<service>},
 * so in-VPC applications can look up where a service lives and who may call it.
 */
public final class EndpointDirectory extends ComponentResource {

    public static final String TYPE = "ecs-platform:catalog:EndpointDirectory";

    public EndpointDirectory(String name, EndpointDirectoryArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var names = args.stack().names();
        var gson = new GsonBuilder().disableHtmlEscaping().create();
        for (var endpoint : args.endpoints().values()) {
            var parameterName = name + "-" + endpoint.service();
            new Parameter(parameterName, ParameterArgs.builder()
                    .name(names.contract().endpointParameter(endpoint.service()))
                    .type("String")
                    .tier("Standard")
                    .description("How to reach " + endpoint.service() + " inside the VPC, and who may call it")
                    .value(gson.toJson(ServiceEndpoints.shape(endpoint)))
                    .tags(names.tags(parameterName))
                    .build(), CustomResourceOptions.builder().parent(this).build());
        }
        registerOutputs(Map.of());
    }
}
