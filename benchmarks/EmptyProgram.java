import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import dev.ecsplatform.plan.PlanMocks;

/**
 * The floor under every plan: the JVM, the Pulumi SDK and its mock engine running a stack with no resources, set up
 * as the offline plan sets them up. Reports its in-process time and peak memory like {@link PlanProbe}.
 */
public final class EmptyProgram {

    private EmptyProgram() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        var options = TestOptions.builder().projectName("ecs-platform").stackName("floor").preview(false).build();
        try {
            var result = PulumiTest.withMocks(new PlanMocks("us-east-1")).withOptions(options).runTest(ctx -> {
            });
            if (!result.exceptions().isEmpty()) {
                throw new IllegalStateException("the empty program failed", result.exceptions().get(0));
            }
        } finally {
            PulumiTest.cleanup();
        }
        System.err.println("PROBE program_ms=" + (System.nanoTime() - start) / 1_000_000
                + " peak_rss_kib=" + PlanProbe.peakRssKib());
    }
}
