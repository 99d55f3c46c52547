package dev.ecsplatform.findings;

import java.util.List;
import java.util.Map;

/** Security Hub ELB controls on Application Load Balancers and their listeners. */
final class ElbControls {

    private static final String LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";

    private ElbControls() {
    }

    static List<Control> all() {
        return List.of(
                new SimpleControl("ELB.1", "HTTP listeners only redirect to HTTPS", Severity.MANDATORY, (c, plan) ->
                        plan.ofType("aws:lb/listener:Listener").stream()
                                .filter(l -> "HTTP".equals(l.inputString("protocol")) && !redirectsToHttps(l.input("defaultActions")))
                                .map(l -> c.finding(l.name(), "the HTTP listener serves requests instead of redirecting them to HTTPS"))
                                .toList()),
                new SimpleControl("ELB.4", "Load balancers drop invalid HTTP headers", Severity.MANDATORY, (c, plan) ->
                        plan.ofType(LOAD_BALANCER).stream()
                                .filter(lb -> !Boolean.TRUE.equals(lb.input("dropInvalidHeaderFields")))
                                .map(lb -> c.finding(lb.name(), "dropInvalidHeaderFields is off"))
                                .toList()),
                new SimpleControl("ELB.5", "Load balancers write access logs", Severity.MANDATORY, (c, plan) ->
                        plan.ofType(LOAD_BALANCER).stream()
                                .filter(lb -> !Boolean.TRUE.equals(lb.input("accessLogs.enabled")))
                                .map(lb -> c.finding(lb.name(), "access logs are off"))
                                .toList()),
                // Deletion protection guards availability, not confidentiality: reported, not blocking.
                new SimpleControl("ELB.6", "Load balancers have deletion protection", Severity.ADVISORY, (c, plan) ->
                        plan.ofType(LOAD_BALANCER).stream()
                                .filter(lb -> !Boolean.TRUE.equals(lb.input("enableDeletionProtection")))
                                .map(lb -> c.finding(lb.name(), "deletion protection is off (it follows ecs-platform:protect)"))
                                .toList()),
                new SimpleControl("ELB.12", "Load balancers mitigate HTTP desync (defensive or strictest)", Severity.MANDATORY, (c, plan) ->
                        plan.ofType(LOAD_BALANCER).stream()
                                .filter(lb -> lb.input("desyncMitigationMode") != null
                                        && !List.of("defensive", "strictest").contains(lb.inputString("desyncMitigationMode")))
                                .map(lb -> c.finding(lb.name(), "desyncMitigationMode is " + lb.inputString("desyncMitigationMode")))
                                .toList()));
    }

    private static boolean redirectsToHttps(Object actions) {
        if (!(actions instanceof List<?> list) || list.isEmpty()) {
            return false;
        }
        return list.stream().allMatch(a -> a instanceof Map<?, ?> action && "redirect".equals(action.get("type"))
                && action.get("redirect") instanceof Map<?, ?> redirect && "HTTPS".equals(redirect.get("protocol")));
    }
}
