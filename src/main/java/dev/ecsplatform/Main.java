package dev.ecsplatform;

import com.pulumi.Pulumi;
import dev.ecsplatform.plan.PlanCommand;
import dev.ecsplatform.startup.StaleJarGuard;

import java.util.Arrays;

/** Entry point: {@code plan ...} runs the offline plan; no arguments runs the Pulumi program. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // A jar built from other sources than its checkout stops both ways: docs/fast-start.md.
        var stale = StaleJarGuard.checkRunningJar();
        if (args.length > 0 && args[0].equals("plan")) {
            stale.ifPresent(message -> {
                System.err.println(message);
                System.exit(PlanCommand.USAGE);
            });
            System.exit(PlanCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Pulumi.run(ctx -> {
            stale.ifPresent(message -> {
                throw new InvalidStackException(message);
            });
            PlatformProgram.run(ctx, new PulumiConfigSource(ctx, System.getenv("PULUMI_CONFIG")));
        });
    }
}
