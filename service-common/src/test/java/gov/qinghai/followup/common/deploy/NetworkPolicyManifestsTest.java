package gov.qinghai.followup.common.deploy;

import static gov.qinghai.followup.common.deploy.DeployManifestsTest.apps;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.configValue;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.container;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.deploy;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.find;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.labels;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.list;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.map;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.patchedValue;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.resources;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.single;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.deploy.DeployManifestsTest.App;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The NetworkPolicies of deploy/k8s: each service's pods accept traffic only from the edge (the Gateway's proxies),
 * the peer services that call them (read from the *_URL settings in the ConfigMaps) and Prometheus, and send only
 * to PostgreSQL, DNS, their peers and, where the service reads SMTP or webhook settings, the outside world on
 * those ports. Read from the YAML, without a cluster.
 */
class NetworkPolicyManifestsTest {
    static final String NAME = "app.kubernetes.io/name";
    static final String PART_OF = "app.kubernetes.io/part-of";
    /** Where the edge's proxies (the Gateway implementation's data plane) and Prometheus run; docs/operations.md names
     *  both. components/ingress-nginx moves the edge to namespace ingress-nginx (EdgeManifestsTest). */
    static final String INGRESS_NAMESPACE = "qinghai-edge";
    static final String MONITORING_NAMESPACE = "monitoring";

    static List<Map<String, Object>> base;
    static List<Map<String, Object>> policies;
    /** callee service name to the services that call it. */
    static Map<String, Set<String>> callers;

    @BeforeAll
    static void load() throws IOException {
        DeployManifestsTest.load();
        base = resources(deploy.resolve("k8s/base"));
        policies = base.stream().filter(d -> "NetworkPolicy".equals(d.get("kind"))).toList();
        callers = new LinkedHashMap<>();
        Pattern url = Pattern.compile("https?://([a-z0-9-]+):(\\d+)/?");
        for (App app : apps) {
            Map<String, Object> c = container(find(base, "Deployment", app.name()));
            for (String env : app.placeholders().keySet()) {
                String value = configValue(base, c, env);
                Matcher m = url.matcher(String.valueOf(value));
                if (env.endsWith("_URL") && m.matches()) {
                    callers.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(app.name());
                }
            }
        }
        assertTrue(callers.getOrDefault("project-tracking-service", Set.of()).contains("action-plan-service"), "callers: " + callers);
    }

    @Test
    void everyServiceIsIsolatedByItsOwnPolicyBothWays() {
        for (App app : apps) {
            Map<String, Object> policy = map(find(base, "NetworkPolicy", app.name()).get("spec"));
            assertEquals(labels(find(base, "Deployment", app.name())), map(map(policy.get("podSelector")).get("matchLabels")),
                    app.name() + ": the policy selects the service's pods");
            assertEquals(List.of("Ingress", "Egress"), policy.get("policyTypes"), app.name());
        }
        // The policies for all app pods select them by the label the base kustomization puts on pod templates.
        Map<String, Object> k = single(deploy.resolve("k8s/base/kustomization.yaml"));
        Map<String, Object> labels = map(list(k.get("labels")).get(0));
        assertEquals(Boolean.TRUE, labels.get("includeTemplates"));
        assertEquals("qinghai-followup", map(labels.get("pairs")).get(PART_OF));
    }

    @Test
    void ingressComesOnlyFromTheIngressControllerTheCallingPeersAndPrometheus() {
        for (App app : apps) {
            Set<String> sources = new LinkedHashSet<>();
            for (Map<String, Object> policy : selecting(app)) {
                for (Object rule : list(map(policy.get("spec")).get("ingress"))) {
                    Set<String> from = new LinkedHashSet<>();
                    for (Object peer : list(map(rule).get("from"))) {
                        from.add(source(map(peer)));
                    }
                    sources.addAll(from);
                    // Prometheus reaches only the management port (/q/metrics); the edge and peers only the API port
                    boolean monitoring = from.equals(Set.of("namespace " + MONITORING_NAMESPACE));
                    assertTrue(monitoring || !from.contains("namespace " + MONITORING_NAMESPACE), app.name() + ": monitoring has a rule of its own");
                    assertTrue(list(map(rule).get("ports")).stream().map(p -> String.valueOf(map(p).get("port")))
                            .allMatch(p -> monitoring ? p.equals("management")
                                    : p.equals("http") || p.equals(String.valueOf(app.port()))),
                            app.name() + (monitoring ? ": monitoring only on the management port" : ": only the http port"));
                }
            }
            Set<String> expected = new LinkedHashSet<>(List.of("namespace " + INGRESS_NAMESPACE, "namespace " + MONITORING_NAMESPACE));
            callers.getOrDefault(app.name(), Set.of()).forEach(caller -> expected.add("pods " + caller));
            assertEquals(expected, sources, app.name() + " accepts traffic from");
        }
    }

    @Test
    void egressReachesOnlyTheDatabaseDnsPeersAndTheMailAndWebhookPortsOfTheServiceThatSends() {
        Map<String, Object> shared = map(find(base, "NetworkPolicy", "allow-postgres-and-dns-egress").get("spec"));
        assertEquals(Map.of(PART_OF, "qinghai-followup"), map(map(shared.get("podSelector")).get("matchLabels")));
        assertTrue(ports(shared).containsAll(List.of("TCP/5432", "UDP/53", "TCP/53")), "PostgreSQL and DNS: " + ports(shared));
        for (App app : apps) {
            Map<String, Object> own = map(find(base, "NetworkPolicy", app.name()).get("spec"));
            Set<String> peers = new LinkedHashSet<>();
            boolean outside = false;
            for (Object rule : list(own.get("egress"))) {
                for (Object to : list(map(rule).get("to"))) {
                    if (map(to).containsKey("ipBlock")) {
                        outside = true;
                    } else {
                        peers.add(source(map(to)));
                    }
                }
            }
            Set<String> calls = new LinkedHashSet<>();
            callers.forEach((callee, from) -> {
                if (from.contains(app.name())) {
                    calls.add("pods " + callee);
                    int port = apps.stream().filter(a -> a.name().equals(callee)).findFirst().orElseThrow().port();
                    assertTrue(ports(own).contains("TCP/" + port), app.name() + " -> " + callee + ":" + port);
                }
            });
            assertEquals(calls, peers, app.name() + " sends to");
            boolean sendsOut = app.placeholders().containsKey("SMTP_PORT") || app.placeholders().containsKey("NOTIFICATIONS_WEBHOOK_URL");
            assertEquals(sendsOut, outside, app.name() + ": egress outside the cluster only for mail and webhooks");
            if (app.placeholders().containsKey("SMTP_PORT")) {
                String smtp = configValue(base, container(find(base, "Deployment", app.name())), "SMTP_PORT");
                assertTrue(ports(own).containsAll(List.of("TCP/" + smtp, "TCP/443")), app.name() + ": SMTP " + smtp + " and HTTPS webhooks");
            }
        }
    }

    @Test
    void productionLetsTheServicesReachOnlyTheCloudNativePgPodsOnTheDatabasePort() {
        Map<String, Object> k = single(deploy.resolve("k8s/overlays/production/kustomization.yaml"));
        String cluster = resources(deploy.resolve("k8s/overlays/production")).stream().filter(d -> "Cluster".equals(d.get("kind")))
                .map(d -> str(map(d.get("metadata")).get("name"))).findFirst().orElseThrow();
        Map<String, Object> rule = map(patchedValue(k, "NetworkPolicy", "allow-postgres-and-dns-egress", "/spec/egress/0"));
        assertEquals(List.of(Map.of("podSelector", Map.of("matchLabels", Map.of("cnpg.io/cluster", cluster)))), rule.get("to"));
        assertEquals(List.of("TCP/5432"), ports(rule));
    }

    /** The policies whose podSelector matches the app's pods (its own, and those for every part-of pod). */
    static List<Map<String, Object>> selecting(App app) {
        Map<String, Object> podLabels = new LinkedHashMap<>(labels(find(base, "Deployment", app.name())));
        podLabels.put(PART_OF, "qinghai-followup");
        List<Map<String, Object>> found = new ArrayList<>();
        for (Map<String, Object> p : policies) {
            Map<String, Object> match = map(map(map(p.get("spec")).get("podSelector")).get("matchLabels"));
            if (!match.isEmpty() && podLabels.entrySet().containsAll(match.entrySet())) {
                found.add(p);
            }
        }
        return found;
    }

    /** "namespace X" or "pods Y" for a from/to peer; anything else is named as it is, so the test fails on it. */
    static String source(Map<String, Object> peer) {
        Map<String, Object> ns = map(map(peer.get("namespaceSelector")).get("matchLabels"));
        Map<String, Object> pods = map(map(peer.get("podSelector")).get("matchLabels"));
        if (peer.size() == 1 && ns.size() == 1 && ns.containsKey("kubernetes.io/metadata.name")) {
            return "namespace " + ns.get("kubernetes.io/metadata.name");
        }
        if (peer.size() == 1 && pods.size() == 1 && pods.containsKey(NAME)) {
            return "pods " + pods.get(NAME);
        }
        return peer.toString();
    }

    static List<String> ports(Map<String, Object> specOrRule) {
        List<Object> rules = specOrRule.containsKey("egress") ? list(specOrRule.get("egress")) : List.of(specOrRule);
        List<String> out = new ArrayList<>();
        for (Object rule : rules) {
            for (Object p : list(map(rule).get("ports"))) {
                out.add(map(p).getOrDefault("protocol", "TCP") + "/" + map(p).get("port"));
            }
        }
        return out;
    }
}
