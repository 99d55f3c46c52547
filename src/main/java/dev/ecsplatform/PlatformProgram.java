package dev.ecsplatform;

import com.pulumi.Context;
import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.resources.ComponentResourceOptions;
import dev.ecsplatform.cluster.ClusterArgs;
import dev.ecsplatform.cluster.PlatformCluster;
import dev.ecsplatform.config.ConfigLoader;
import dev.ecsplatform.config.ConfigSource;
import dev.ecsplatform.config.InvalidConfigException;
import dev.ecsplatform.config.PlatformConfig;
import dev.ecsplatform.naming.StackNames;
import dev.ecsplatform.network.Network;
import dev.ecsplatform.network.NetworkArgs;

/**
 * The stack: validated configuration in, components and stack outputs out. The same code runs under
 * {@code pulumi up} and under the offline plan's mock engine.
 */
public final class PlatformProgram {

    private PlatformProgram() {
    }

    /**
     * Loads and validates the whole configuration, then defines the stack. Invalid configuration stops
     * the run with one readable message before any resource is registered.
     */
    public static void run(Context ctx, ConfigSource source) {
        PlatformConfig config;
        try {
            config = ConfigLoader.load(ctx.projectName(), source);
        } catch (InvalidConfigException e) {
            throw new InvalidStackException(e.getMessage());
        }
        define(ctx, new StackNames(ctx.projectName(), ctx.stackName()), config);
    }

    public static void define(Context ctx, StackNames names, PlatformConfig config) {
        var accountId = AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.Empty)
                .applyValue(identity -> identity.accountId());

        var network = new Network(names.prefix(),
                new NetworkArgs(names, config.region(), accountId, config.network(), config.protect()),
                ComponentResourceOptions.Empty);

        var cluster = new PlatformCluster(names.prefix(),
                new ClusterArgs(names, config.namespace(), network.vpcId(), config.cluster(), config.protect()),
                ComponentResourceOptions.Empty);

        ctx.export("vpcId", network.vpcId());
        ctx.export("publicSubnetIds", network.publicSubnetIds());
        ctx.export("privateSubnetIds", network.privateSubnetIds());
        ctx.export("namespaceId", cluster.namespaceId());
        ctx.export("namespaceArn", cluster.namespaceArn());
        ctx.export("namespaceName", cluster.namespaceName());
        ctx.export("clusterName", cluster.clusterName());
        ctx.export("clusterArn", cluster.clusterArn());
    }
}
