package dev.ecsplatform;

import com.pulumi.Pulumi;
import com.pulumi.deployment.Deployment;
import dev.ecsplatform.cli.PlanCommand;
import dev.ecsplatform.live.AwsClients;
import dev.ecsplatform.program.InvalidStackException;
import dev.ecsplatform.program.PlatformProgram;
import dev.ecsplatform.program.PulumiConfigSource;
import dev.ecsplatform.startup.StaleJarGuard;

import java.util.Arrays;
import java.util.Optional;

/**
 * Entry point: {@code plan ...} runs the offline plan; no arguments runs the Pulumi program, after the
 * same checks the offline plan makes (see {@link Preflight}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // A jar built from other sources than its checkout stops both ways, before anything else: docs/fast-start.md.
        var stale = StaleJarGuard.checkRunningJar();
        if (args.length > 0 && args[0].equals("plan")) {
            stale.ifPresent(message -> {
                System.err.println(message);
                System.exit(PlanCommand.USAGE);
            });
            System.exit(PlanCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        var stop = stale.or(() -> Preflight.check(System.getenv()));
        Pulumi.run(ctx -> {
            if (stop.isPresent()) {
                throw new InvalidStackException(stop.get());
            }
            // The rollout wait calls ECS: only in a real update, never in a preview.
            PlatformProgram.run(ctx, new PulumiConfigSource(ctx, System.getenv("PULUMI_CONFIG")),
                    region -> Deployment.getInstance().isDryRun() ? Optional.empty()
                            : Optional.of(AwsClients.rolloutWatch(region)));
        });
    }
}
