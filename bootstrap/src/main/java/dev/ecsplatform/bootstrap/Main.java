package dev.ecsplatform.bootstrap;

import com.pulumi.Pulumi;

/** Entry point for {@code pulumi up} in {@code bootstrap/}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Pulumi.run(ctx -> BootstrapProgram.run(ctx, new PulumiConfigSource(ctx.config(), ctx.stackName())));
    }
}
