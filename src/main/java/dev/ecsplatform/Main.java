package dev.ecsplatform;

import com.pulumi.Pulumi;
import dev.ecsplatform.plan.PlanCommand;

import java.util.Arrays;

/** Entry point: {@code plan ...} runs the offline plan; no arguments runs the Pulumi program. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("plan")) {
            System.exit(PlanCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Pulumi.run(ctx -> PlatformProgram.run(ctx, new PulumiConfigSource(ctx, System.getenv("PULUMI_CONFIG"))));
    }
}
