package dev.ecsplatform.bootstrap;

import com.pulumi.Pulumi;
import dev.ecsplatform.bootstrap.cli.PoliciesCommand;

import java.util.Arrays;

/**
 * Entry point. With no arguments (how {@code pulumi up} runs it) it is the Pulumi program; {@code policies …}
 * prints what the program would create, offline ({@link PoliciesCommand}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("policies")) {
            System.exit(PoliciesCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Pulumi.run(ctx -> BootstrapProgram.run(ctx, new PulumiConfigSource(ctx.config(), ctx.stackName())));
    }
}
