package dev.ecsplatform.config;

import dev.ecsplatform.testing.ConfigProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invalid services and external clients: each case yields exactly the problem named, with key path,
 * value given and what is expected. Every case starts from a valid environment with services
 * {@code orders} (port 8080) and {@code worker} (client-only), then adds or replaces entries.
 */
class InvalidServiceConfigTest {

    /** What the shared contract lets a stack attach, as the message says it. */
    private static final String ATTACHABLE = "expected a managed policy the deploy roles may attach: one of arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess, arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess, arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess, or a customer managed policy of the stack's account outside /bootstrap/ (the list is shared/src/main/java/dev/ecsplatform/contract/AttachablePolicies.java; the bootstrap grants exactly it, and the stack roles' permissions boundary lets through only what those AWS managed policies give a task)";

    record Case(String name, String yaml, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String ECR = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

    static Stream<Case> cases() {
        return Stream.of(
                new Case("image missing", """
                        web: {port: 8080}""",
                        "ecs-platform:services.web.image: got nothing; expected a container image reference such as 123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2"),
                new Case("image malformed", """
                        web: {image: "Bad Image!", port: 8080}""",
                        "ecs-platform:services.web.image: got \"Bad Image!\"; expected a container image reference such as 123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2"),
                new Case("latest image where mutable tags are refused", """
                        web: {image: "%s/web:latest", port: 8080}""".formatted(ECR),
                        "ecs-platform:services.web.image: got \"" + ECR + "/web:latest\"; expected a pinned tag or digest (not latest, not untagged): this environment sets images.allowMutableTags to false, so every deployment must name the exact image"),
                new Case("untagged image where mutable tags are refused", """
                        web: {image: "%s/web", port: 8080}""".formatted(ECR),
                        "ecs-platform:services.web.image: got \"" + ECR + "/web\"; expected a pinned tag or digest (not latest, not untagged): this environment sets images.allowMutableTags to false, so every deployment must name the exact image"),
                new Case("public registry without NAT", """
                        web: {image: "ghcr.io/acme/web:1.0.0", port: 8080}
                        NETWORK: {natGateways: none}""",
                        "ecs-platform:services.web.image: got \"ghcr.io/acme/web:1.0.0\"; expected an image in this account's ECR in us-east-1 (e.g. through a pull-through cache): natGateways is none, so tasks cannot reach ghcr.io"),
                new Case("port out of range", """
                        web: {image: "%s/web:1", port: 70000}""".formatted(ECR),
                        "ecs-platform:services.web.port: got 70000; expected an integer from 1 to 65535"),
                new Case("unknown protocol", """
                        web: {image: "%s/web:1", port: 8080, protocol: htp}""".formatted(ECR),
                        "ecs-platform:services.web.protocol: got \"htp\"; expected one of http, http2, grpc, tcp (did you mean \"http\"?)"),
                new Case("protocol on a client-only service", """
                        web: {image: "%s/web:1", protocol: grpc}""".formatted(ECR),
                        "ecs-platform:services.web.protocol: got \"grpc\"; expected no protocol on a client-only service (it has no port); add a port or remove protocol"),
                new Case("timeouts on TCP", """
                        web: {image: "%s/web:1", port: 5432, protocol: tcp, timeouts: {idleSeconds: 60}}""".formatted(ECR),
                        "ecs-platform:services.web.timeouts: got {\"idleSeconds\":60}; expected no timeouts for protocol tcp (Service Connect rejects a timeout block on a TCP port); use http, http2 or grpc to set them"),
                new Case("timeouts on a client-only service", """
                        web: {image: "%s/web:1", timeouts: {perRequestSeconds: 5}}""".formatted(ECR),
                        "ecs-platform:services.web.timeouts: got {\"perRequestSeconds\":5}; expected no timeouts on a client-only service (Service Connect timeouts belong to an endpoint)"),
                new Case("app too big for any Fargate size with the proxy", """
                        web: {image: "%s/web:1", port: 8080, cpu: 16384, memory: 32768}""".formatted(ECR),
                        "ecs-platform:services.web.cpu: got 16384; expected an app size that fits a Fargate task with the Service Connect proxy's 256 CPU / 64 MiB on top (16640 CPU / 32832 MiB fits none); nearest valid sizes: 16384 CPU / 32768 MiB, 16384 CPU / 40960 MiB"),
                new Case("memory too big with the proxy", """
                        web: {image: "%s/web:1", port: 8080, cpu: 16000, memory: 122880}""".formatted(ECR),
                        "ecs-platform:services.web.memory: got 122880; expected an app size that fits a Fargate task with the Service Connect proxy's 256 CPU / 64 MiB on top (16256 CPU / 122944 MiB fits none); nearest valid sizes: 16384 CPU / 122880 MiB, 16384 CPU / 114688 MiB"),
                new Case("cpu below range", """
                        web: {image: "%s/web:1", port: 8080, cpu: 10}""".formatted(ECR),
                        "ecs-platform:services.web.cpu: got 10; expected an integer from 64 to 16384"),
                new Case("ephemeral storage out of range", """
                        web: {image: "%s/web:1", port: 8080, ephemeralStorage: 20}""".formatted(ECR),
                        "ecs-platform:services.web.ephemeralStorage: got 20; expected an integer from 21 to 200"),
                new Case("malformed secret ARN", """
                        web: {image: "%s/web:1", port: 8080, secrets: {DB_PASSWORD: "arn:aws:s3:::bucket/key"}}""".formatted(ECR),
                        "ecs-platform:services.web.secrets.DB_PASSWORD: got \"arn:aws:s3:::bucket/key\"; expected a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>[:<json-key>:<stage>:<version>]) or an SSM parameter ARN (arn:aws:ssm:<region>:<account>:parameter/<path>), or {from: <that ARN>, kmsKey: <KMS key ARN>}"),
                new Case("secret KMS key given as an alias", """
                        web: {image: "%s/web:1", port: 8080, secrets: {DB: {from: "arn:aws:ssm:us-east-1:123456789012:parameter/db", kmsKey: "arn:aws:kms:us-east-1:123456789012:alias/db"}}}""".formatted(ECR),
                        "ecs-platform:services.web.secrets.DB.kmsKey: got \"arn:aws:kms:us-east-1:123456789012:alias/db\"; expected a KMS key ARN, arn:aws:kms:<region>:<account>:key/<key-id> (a key ARN, not an alias)"),
                new Case("secret KMS key of another region", """
                        web: {image: "%s/web:1", port: 8080, secrets: {DB: {from: "arn:aws:secretsmanager:us-east-1:123456789012:secret:db", kmsKey: "arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"}}}""".formatted(ECR),
                        "ecs-platform:services.web.secrets.DB.kmsKey: got \"arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\"; expected a KMS key in the secret's region, us-east-1 (a secret is encrypted with a key of its own region)"),
                new Case("secret with a key but no source", """
                        web: {image: "%s/web:1", port: 8080, secrets: {DB: {kmsKey: "arn:aws:kms:us-east-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"}}}""".formatted(ECR),
                        "ecs-platform:services.web.secrets.DB.from: got nothing; expected a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>[:<json-key>:<stage>:<version>]) or an SSM parameter ARN (arn:aws:ssm:<region>:<account>:parameter/<path>)"),
                new Case("secret object with a misspelt key", """
                        web: {image: "%s/web:1", port: 8080, secrets: {DB: {from: "arn:aws:ssm:us-east-1:123456789012:parameter/db", kmsKeyId: "x"}}}""".formatted(ECR),
                        "ecs-platform:services.web.secrets.DB.kmsKeyId: got an unknown key; expected one of from, kmsKey (did you mean \"kmsKey\"?)"),
                new Case("secret name that is not a variable name", """
                        web: {image: "%s/web:1", port: 8080, secrets: {"db-password": "arn:aws:ssm:us-east-1:123456789012:parameter/db"}}""".formatted(ECR),
                        "ecs-platform:services.web.secrets.db-password: got the variable name \"db-password\"; expected an environment variable name: letters, digits and '_', not starting with a digit"),
                new Case("invalid environment variable name", """
                        web: {image: "%s/web:1", port: 8080, environment: {"1ST": "x"}}""".formatted(ECR),
                        "ecs-platform:services.web.environment.1ST: got the variable name \"1ST\"; expected an environment variable name: letters, digits and '_', not starting with a digit"),
                new Case("AWS access key in plain environment", """
                        web: {image: "%s/web:1", port: 8080, environment: {AWS_ACCESS_KEY_ID: AKIAEXAMPLE}}""".formatted(ECR),
                        "ecs-platform:services.web.environment.AWS_ACCESS_KEY_ID: got a plain value for AWS_ACCESS_KEY_ID; expected no AWS credentials in plain environment variables: the task role gives the app AWS access; anything secret goes under secrets (Security Hub ECS.8)"),
                new Case("AWS secret key in plain environment", """
                        web: {image: "%s/web:1", port: 8080, environment: {AWS_SECRET_ACCESS_KEY: x}}""".formatted(ECR),
                        "ecs-platform:services.web.environment.AWS_SECRET_ACCESS_KEY: got a plain value for AWS_SECRET_ACCESS_KEY; expected no AWS credentials in plain environment variables: the task role gives the app AWS access; anything secret goes under secrets (Security Hub ECS.8)"),
                new Case("variable both plain and secret", """
                        web: {image: "%s/web:1", port: 8080, environment: {TOKEN: x}, secrets: {TOKEN: "arn:aws:ssm:us-east-1:123456789012:parameter/t"}}""".formatted(ECR),
                        "ecs-platform:services.web.secrets.TOKEN: got a secret named TOKEN that environment also sets; expected each variable in either environment or secrets, not both"),
                new Case("call to an unknown service", """
                        web: {image: "%s/web:1", port: 8080, calls: [order]}""".formatted(ECR),
                        "ecs-platform:services.web.calls[0]: got \"order\"; expected the name of a service in ecs-platform:services (orders, web, worker) (did you mean \"orders\"?)"),
                new Case("call to a client-only service", """
                        web: {image: "%s/web:1", port: 8080, calls: [worker]}""".formatted(ECR),
                        "ecs-platform:services.web.calls[0]: got \"worker\"; expected a service with a port: worker is client-only, so nothing can call it"),
                new Case("the same callee twice", """
                        web: {image: "%s/web:1", port: 8080, calls: [orders, orders]}""".formatted(ECR),
                        "ecs-platform:services.web.calls[1]: got \"orders\"; expected each service once"),
                new Case("name that is another service's discovery name", """
                        orders-sc: {image: "%s/x:1", port: 9000}""".formatted(ECR),
                        "ecs-platform:services.orders-sc: got the name \"orders-sc\"; expected a name that is not the Service Connect discovery name of service orders (orders-sc); rename one of them"),
                new Case("health check without CMD", """
                        web: {image: "%s/web:1", port: 8080, healthCheck: {command: [curl, localhost]}}""".formatted(ECR),
                        "ecs-platform:services.web.healthCheck.command: got [\"curl\",\"localhost\"]; expected a list starting with CMD or CMD-SHELL, e.g. [CMD-SHELL, \"wget -q -O /dev/null http://localhost:8080/health || exit 1\"]"),
                new Case("health check interval out of range", """
                        web: {image: "%s/web:1", port: 8080, healthCheck: {command: [CMD, check], intervalSeconds: 1}}""".formatted(ECR),
                        "ecs-platform:services.web.healthCheck.intervalSeconds: got 1; expected an integer from 5 to 300"),
                new Case("autoscaling max below min", """
                        web: {image: "%s/web:1", port: 8080, autoscaling: {min: 4, max: 2}}""".formatted(ECR),
                        "ecs-platform:services.web.autoscaling.max: got 2; expected at least min (4)"),
                new Case("autoscaling without max", """
                        web: {image: "%s/web:1", port: 8080, autoscaling: {min: 2}}""".formatted(ECR),
                        "ecs-platform:services.web.autoscaling.max: got nothing; expected the most tasks autoscaling may start, from 1 to 1000"),
                new Case("desired count outside the autoscaling range", """
                        web: {image: "%s/web:1", port: 8080, desiredCount: 1, autoscaling: {min: 2, max: 4}}""".formatted(ECR),
                        "ecs-platform:services.web.desiredCount: got 1; expected a count between autoscaling min 2 and max 4 (it is the starting count; autoscaling owns it afterwards)"),
                new Case("cpu target out of range", """
                        web: {image: "%s/web:1", port: 8080, autoscaling: {min: 2, max: 4, cpuTarget: 95}}""".formatted(ECR),
                        "ecs-platform:services.web.autoscaling.cpuTarget: got 95; expected an integer from 10 to 90"),
                new Case("unknown architecture", """
                        web: {image: "%s/web:1", port: 8080, cpuArchitecture: arm64}""".formatted(ECR),
                        "ecs-platform:services.web.cpuArchitecture: got \"arm64\"; expected one of X86_64, ARM64 (did you mean \"ARM64\"?)"),
                new Case("malformed task role policy", """
                        web: {image: "%s/web:1", port: 8080, taskRolePolicies: [AmazonS3ReadOnlyAccess]}""".formatted(ECR),
                        "ecs-platform:services.web.taskRolePolicies[0]: got \"AmazonS3ReadOnlyAccess\"; expected a managed policy ARN such as arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"),
                new Case("a task role policy the deploy roles may not attach", """
                        web: {image: "%s/web:1", port: 8080, taskRolePolicies: [arn:aws:iam::aws:policy/AmazonS3FullAccess]}""".formatted(ECR),
                        "ecs-platform:services.web.taskRolePolicies[0]: got \"arn:aws:iam::aws:policy/AmazonS3FullAccess\"; " + ATTACHABLE),
                new Case("the bootstrap's own policy as a task role policy", """
                        web: {image: "%s/web:1", port: 8080, taskRolePolicies: [arn:aws:iam::123456789012:policy/bootstrap/ecs-platform-t-deploy-services]}""".formatted(ECR),
                        "ecs-platform:services.web.taskRolePolicies[0]: got \"arn:aws:iam::123456789012:policy/bootstrap/ecs-platform-t-deploy-services\"; " + ATTACHABLE),
                new Case("waitForSteadyState that is not a boolean", """
                        web: {image: "%s/web:1", port: 8080, deployment: {waitForSteadyState: later}}""".formatted(ECR),
                        "ecs-platform:services.web.deployment.waitForSteadyState: got \"later\"; expected true or false"),
                new Case("deployment that cannot replace tasks", """
                        web: {image: "%s/web:1", port: 8080, deployment: {minimumHealthyPercent: 100, maximumPercent: 100}}""".formatted(ECR),
                        "ecs-platform:services.web.deployment: got {\"minimumHealthyPercent\":100,\"maximumPercent\":100}; expected room to replace tasks: with minimumHealthyPercent 100, maximumPercent must be above 100"),
                new Case("user with a shell in it", """
                        web: {image: "%s/web:1", port: 8080, user: "root; rm -rf"}""".formatted(ECR),
                        "ecs-platform:services.web.user: got \"root; rm -rf\"; expected a Linux user such as 1000 or 1000:1000 (name or uid, optionally :group)"),
                new Case("command that is not a list", """
                        web: {image: "%s/web:1", port: 8080, command: "npm start"}""".formatted(ECR),
                        "ecs-platform:services.web.command: got \"npm start\"; expected a list of command words (strings)"),
                new Case("ECS Exec on a read-only root filesystem (the default)", """
                        web: {image: "%s/web:1", port: 8080, exec: true}""".formatted(ECR),
                        "ecs-platform:services.web.exec: got true; expected exec only together with readonlyRootFilesystem: false: ECS Exec does not support a read-only root filesystem (ECS developer guide, \"ECS Exec\", considerations); set readonlyRootFilesystem: false on this service and accept Security Hub ECS.5 for its task definition under acceptedFindings, or turn exec off"),
                new Case("ECS Exec with readonlyRootFilesystem: true said out loud", """
                        web: {image: "%s/web:1", port: 8080, exec: true, readonlyRootFilesystem: true}""".formatted(ECR),
                        "ecs-platform:services.web.exec: got true; expected exec only together with readonlyRootFilesystem: false: ECS Exec does not support a read-only root filesystem (ECS developer guide, \"ECS Exec\", considerations); set readonlyRootFilesystem: false on this service and accept Security Hub ECS.5 for its task definition under acceptedFindings, or turn exec off"),
                new Case("exec that is not a boolean", """
                        web: {image: "%s/web:1", port: 8080, exec: sometimes}""".formatted(ECR),
                        "ecs-platform:services.web.exec: got \"sometimes\"; expected true or false"),
                new Case("read-only root that is not a boolean", """
                        web: {image: "%s/web:1", port: 8080, readonlyRootFilesystem: "no"}""".formatted(ECR),
                        "ecs-platform:services.web.readonlyRootFilesystem: got \"no\"; expected true or false"),
                new Case("environment deployment bounds out of range", """
                        DEPLOYMENT: {minimumHealthyPercent: 150}""",
                        "ecs-platform:deployment.minimumHealthyPercent: got 150; expected an integer from 0 to 100"),
                new Case("idle timeout out of range", """
                        web: {image: "%s/web:1", port: 8080, timeouts: {idleSeconds: 100000}}""".formatted(ECR),
                        "ecs-platform:services.web.timeouts.idleSeconds: got 100000; expected an integer from 0 to 86400"),
                new Case("proxy CPU reserve below the AWS guidance", """
                        SC: {proxyCpu: 64}""",
                        "ecs-platform:serviceConnect.proxyCpu: got 64; expected an integer from 128 to 4096"),
                new Case("misspelt service key", """
                        web: {image: "%s/web:1", port: 8080, desiredcount: 2}""".formatted(ECR),
                        "ecs-platform:services.web.desiredcount: got an unknown key; expected one of image, port, protocol, cpu, memory, desiredCount, calls, environment, secrets, command, healthCheck, autoscaling, timeouts, alarms, readonlyRootFilesystem, user, ephemeralStorage, cpuArchitecture, exec, capacityProviders, taskRolePolicies, deployment, public, tls (did you mean \"desiredCount\"?)"),
                new Case("client with neither groups nor blocks", """
                        CLIENT: {calls: [orders]}""",
                        "ecs-platform:externalClients.erp: got {\"calls\":[\"orders\"]}; expected securityGroupIds and/or cidrs, so the services know whom to admit"),
                new Case("client calling an unknown service", """
                        CLIENT: {securityGroupIds: [sg-0123456789abcdef0], calls: [inventory]}""",
                        "ecs-platform:externalClients.erp.calls[0]: got \"inventory\"; expected the name of a service in ecs-platform:services (orders, worker)"),
                new Case("client with a malformed security group", """
                        CLIENT: {securityGroupIds: [sg-xyz], calls: [orders]}""",
                        "ecs-platform:externalClients.erp.securityGroupIds[0]: got \"sg-xyz\"; expected a security group id such as sg-0123456789abcdef0"),
                new Case("client admitting the internet", """
                        CLIENT: {cidrs: [0.0.0.0/0], calls: [orders]}""",
                        "ecs-platform:externalClients.erp.cidrs[0]: got \"0.0.0.0/0\"; expected a block inside a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10): services never admit the internet"),
                new Case("client calling nothing", """
                        CLIENT: {cidrs: [10.0.1.0/24], calls: []}""",
                        "ecs-platform:externalClients.erp.calls: got []; expected at least one service this client calls"),
                new Case("misspelt client key", """
                        CLIENT: {securityGroupIds: [sg-0123456789abcdef0], cidr: [10.0.1.0/24], calls: [orders]}""",
                        "ecs-platform:externalClients.erp.cidr: got an unknown key; expected one of securityGroupIds, cidrs, calls, vpcId (did you mean \"cidrs\"?)"),
                new Case("proxy reserve below the AWS guidance", """
                        SC: {proxyMemory: 32}""",
                        "ecs-platform:serviceConnect.proxyMemory: got 32; expected an integer from 64 to 8192"),
                new Case("log retention CloudWatch does not offer", """
                        LOGS: {retentionDays: 100}""",
                        "ecs-platform:logs.retentionDays: got 100; expected a CloudWatch Logs retention in days, one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 (the next allowed value is 120)"),
                new Case("images policy misspelt", """
                        IMAGES: {allowLatest: true}""",
                        "ecs-platform:images.allowLatest: got an unknown key; expected one of allowMutableTags"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheOneProblemWithPathValueAndExpectation(Case c) {
        var services = new StringBuilder("""
                    orders: {image: "%s/orders:1.0.0", port: 8080}
                    worker: {image: "%s/worker:1.0.0", calls: [orders]}
                """.formatted(ECR, ECR));
        var extra = new StringBuilder();
        for (var line : c.yaml().lines().toList()) {
            if (line.startsWith("NETWORK: ")) {
                extra.append("  ecs-platform:network: ").append(line.substring(9)).append('\n');
            } else if (line.startsWith("CLIENT: ")) {
                extra.append("  ecs-platform:externalClients:\n    erp: ").append(line.substring(8)).append('\n');
            } else if (line.startsWith("SC: ")) {
                extra.append("  ecs-platform:serviceConnect: ").append(line.substring(4)).append('\n');
            } else if (line.startsWith("LOGS: ")) {
                extra.append("  ecs-platform:logs: ").append(line.substring(6)).append('\n');
            } else if (line.startsWith("DEPLOYMENT: ")) {
                extra.append("  ecs-platform:deployment: ").append(line.substring(12)).append('\n');
            } else if (line.startsWith("IMAGES: ")) {
                extra.append("  ecs-platform:images: ").append(line.substring(8)).append('\n');
            } else {
                services.append("    ").append(line).append('\n');
            }
        }
        // Protected by default: who hears the alarms is stated, here as nobody.
        var yaml = "config:\n  aws:region: us-east-1\n  ecs-platform:namespace: dev.internal\n"
                + "  ecs-platform:observability: {subscribers: none}\n"
                + "  ecs-platform:services:\n" + services + extra;

        assertThat(ConfigProblems.of(yaml)).isEqualTo(List.of(c.expected()));
    }
}
