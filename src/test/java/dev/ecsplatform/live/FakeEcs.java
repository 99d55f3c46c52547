package dev.ecsplatform.live;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.DeploymentRolloutState;
import software.amazon.awssdk.services.ecs.model.DescribeServicesRequest;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;
import software.amazon.awssdk.services.ecs.model.EcsException;
import software.amazon.awssdk.services.ecs.model.Failure;
import software.amazon.awssdk.services.ecs.model.Service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * An ECS client that answers {@code DescribeServices} from a script, one answer per call; the last answer repeats.
 * Every other call fails, as the SDK's interface defaults do.
 */
final class FakeEcs implements EcsClient {

    final List<DescribeServicesRequest> requests = new ArrayList<>();
    private final Deque<Supplier<DescribeServicesResponse>> script = new ArrayDeque<>();

    FakeEcs then(Supplier<DescribeServicesResponse> answer) {
        script.add(answer);
        return this;
    }

    FakeEcs thenDeployments(Deployment... deployments) {
        return then(() -> DescribeServicesResponse.builder()
                .services(Service.builder().serviceName("orders").deployments(deployments).build()).build());
    }

    FakeEcs thenError(String code, int status) {
        return then(() -> {
            throw EcsException.builder().statusCode(status)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code + " from the fake").build())
                    .build();
        });
    }

    FakeEcs thenNoService() {
        return then(() -> DescribeServicesResponse.builder()
                .failures(Failure.builder().arn("arn:aws:ecs:us-east-1:123456789012:service/c/orders").reason("MISSING").build())
                .build());
    }

    static Deployment deployment(String status, String taskDefinition, DeploymentRolloutState state, String reason) {
        return Deployment.builder().id("ecs-svc/" + Math.abs(taskDefinition.hashCode())).status(status)
                .taskDefinition(taskDefinition).rolloutState(state).rolloutStateReason(reason).build();
    }

    @Override
    public DescribeServicesResponse describeServices(DescribeServicesRequest request) throws AwsServiceException {
        requests.add(request);
        var next = script.size() > 1 ? script.poll() : script.peek();
        if (next == null) {
            throw new AssertionError("no answer scripted");
        }
        return next.get();
    }

    @Override
    public String serviceName() {
        return "ecs";
    }

    @Override
    public void close() {
    }
}
