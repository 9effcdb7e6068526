package gov.qinghai.followup.common.deploy;

import static gov.qinghai.followup.common.deploy.DeployManifestsTest.apps;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.bytes;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.deploy;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.find;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.list;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.map;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.patchedValue;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.resources;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.root;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.single;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.deploy.DeployManifestsTest.App;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public edge, read from the YAML without a cluster: the Gateway API Gateway and HTTPRoute of the base (one host,
 * one prefix per service, prefix stripped, timeouts, HTTPS in production) and the ingress-nginx Ingress that only a
 * component adds, with the NetworkPolicies following the edge's namespace.
 */
class EdgeManifestsTest {
    static final Map<String, String> PREFIXES = Map.of(
            "/project-tracking", "project-tracking-service",
            "/transparency", "transparency-assessment-service",
            "/action-plan", "action-plan-service",
            "/medical-alliance", "medical-alliance-service");

    static List<Map<String, Object>> base;
    static Map<String, Object> route;

    @BeforeAll
    static void load() throws IOException {
        DeployManifestsTest.load();
        base = resources(deploy.resolve("k8s/base"));
        assertEquals(0, base.stream().filter(d -> "Ingress".equals(d.get("kind"))).count(), "no Ingress in the base: Gateway API is the edge");
        route = find(base, "HTTPRoute", "qinghai-followup");
    }

    @Test
    void gatewayRoutesEachPrefixToItsServiceOnOneHostAndStripsIt() {
        Map<String, Object> gateway = find(base, "Gateway", "qinghai-followup");
        assertNotNull(map(gateway.get("spec")).get("gatewayClassName"));
        Map<String, Object> spec = map(route.get("spec"));
        assertEquals(List.of(Map.of("name", "qinghai-followup")), spec.get("parentRefs"), "the route attaches to the Gateway");
        assertEquals(1, list(spec.get("hostnames")).size(), "one host");
        for (var e : PREFIXES.entrySet()) {
            Map<String, Object> rule = rules().stream().filter(r -> e.getKey().equals(prefix(r))).findFirst()
                    .orElseThrow(() -> new AssertionError("no rule for " + e.getKey()));
            Map<String, Object> backend = map(list(rule.get("backendRefs")).get(0));
            assertEquals(e.getValue(), backend.get("name"));
            App app = apps.stream().filter(a -> a.name().equals(e.getValue())).findFirst().orElseThrow();
            assertEquals(app.port(), backend.get("port"), e.getValue() + ": the Service's http port, never management");
            Map<String, Object> rewrite = map(map(map(list(rule.get("filters")).get(0)).get("urlRewrite")).get("path"));
            assertEquals(Map.of("type", "ReplacePrefixMatch", "replacePrefixMatch", "/"), rewrite, e.getKey() + " is stripped");
            find(base, "Service", e.getValue());
        }
    }

    /**
     * Gateway API picks the rule with the longest matching prefix. Every rule has a timeout; the path a service takes
     * table imports on (limits.import.paths) gets the longest one, since an upload of IMPORT_MAX_BODY_SIZE is checked
     * row by row in the same request, and keeps the /api/v1/... path after the rewrite.
     */
    @Test
    void everyRouteHasATimeoutAndTheImportPathTheLongest() throws IOException {
        Duration longestOther = Duration.ZERO;
        for (Map<String, Object> rule : rules()) {
            Map<String, Object> timeouts = map(rule.get("timeouts"));
            assertNotNull(timeouts.get("request"), prefix(rule) + ": timeouts.request");
            if (!prefix(rule).contains("/api/")) {
                longestOther = max(longestOther, duration(timeouts.get("request")));
            }
        }
        int checked = 0;
        for (App app : apps) {
            Matcher m = Pattern.compile("(?m)^limits\\.import\\.paths=(\\S+)").matcher(
                    Files.readString(root.resolve(app.module()).resolve("src/main/resources/application.properties")));
            if (!m.find()) {
                continue;
            }
            String servicePath = m.group(1).replace("[^/]+", "1");
            String edgePrefix = PREFIXES.entrySet().stream().filter(e -> e.getValue().equals(app.name())).findFirst().orElseThrow().getKey();
            String edgePath = edgePrefix + servicePath;
            Map<String, Object> rule = rules().stream().filter(r -> matches(prefix(r), edgePath))
                    .max((a, b) -> Integer.compare(prefix(a).length(), prefix(b).length())).orElseThrow();
            Duration timeout = duration(map(rule.get("timeouts")).get("request"));
            assertTrue(timeout.compareTo(longestOther) > 0 && timeout.compareTo(Duration.ofMinutes(5)) >= 0,
                    edgePath + " is served by " + prefix(rule) + " with " + timeout + "; imports need 5 minutes, more than the others");
            String rewritten = map(map(map(list(rule.get("filters")).get(0)).get("urlRewrite")).get("path")).get("replacePrefixMatch")
                    + edgePath.substring(prefix(rule).length());
            assertEquals(servicePath, rewritten.replace("//", "/"), "the service sees its own path");
            checked++;
        }
        assertTrue(checked >= 1, "project-tracking takes fairs' tables");
    }

    /** Gateway API has no portable body limit: the services enforce it, at the sizes the ConfigMap sets. */
    @Test
    void theServicesThemselvesLimitBodiesAtTheConfiguredSizes() throws IOException {
        String common = Files.readString(root.resolve("service-common/src/main/resources/META-INF/microprofile-config.properties"));
        assertTrue(common.contains("limits.max-body-size=${MAX_BODY_SIZE:"), "every request: MAX_BODY_SIZE");
        assertTrue(common.contains("limits.import.max-body-size=${IMPORT_MAX_BODY_SIZE:"), "table imports: IMPORT_MAX_BODY_SIZE");
        assertTrue(Files.isRegularFile(root.resolve("service-common/src/main/java/gov/qinghai/followup/common/limits/PayloadLimit.java")));
        Map<String, Object> data = map(find(base, "ConfigMap", "qinghai-common").get("data"));
        assertTrue(bytes(str(data.get("MAX_BODY_SIZE"))) < bytes(str(data.get("IMPORT_MAX_BODY_SIZE"))));
    }

    @Test
    void productionServesOnlyHttpsWithACertificate() {
        assertEquals(1, list(map(find(base, "Gateway", "qinghai-followup").get("spec")).get("listeners")).size(),
                "one listener, which production replaces");
        Map<String, Object> k = single(deploy.resolve("k8s/overlays/production/kustomization.yaml"));
        Map<String, Object> listener = map(patchedValue(k, "Gateway", "qinghai-followup", "/spec/listeners/0"));
        assertEquals("HTTPS", listener.get("protocol"));
        assertEquals(443, listener.get("port"));
        Map<String, Object> tls = map(listener.get("tls"));
        assertEquals("Terminate", tls.get("mode"));
        assertEquals("Secret", map(list(tls.get("certificateRefs")).get(0)).get("kind"));
    }

    @Test
    void ingressNginxIsAComponentThatReplacesTheGatewayAndOpensItsNamespace() {
        Path component = deploy.resolve("k8s/components/ingress-nginx");
        Map<String, Object> k = single(component.resolve("kustomization.yaml"));
        assertEquals("Component", k.get("kind"));
        String patches = String.valueOf(k.get("patches"));
        assertTrue(patches.contains("$patch: delete") && patches.contains("kind: Gateway") && patches.contains("kind: HTTPRoute"),
                "the component removes the Gateway API edge: " + patches);
        Object namespace = patchedValue(k, "NetworkPolicy", "project-tracking-service|transparency-assessment-service|action-plan-service|medical-alliance-service",
                "/spec/ingress/0/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name");
        assertEquals("ingress-nginx", namespace);
        String targets = list(k.get("patches")).stream().map(p -> str(map(map(p).get("target")).get("name"))).filter(n -> n != null)
                .findFirst().orElseThrow();
        for (App app : apps) {
            assertTrue(app.name().matches(targets), app.name() + " is in the component's NetworkPolicy target " + targets);
            Map<String, Object> policy = map(find(base, "NetworkPolicy", app.name()).get("spec"));
            Map<String, Object> first = map(list(map(list(policy.get("ingress")).get(0)).get("from")).get(0));
            assertEquals(Map.of("kubernetes.io/metadata.name", NetworkPolicyManifestsTest.INGRESS_NAMESPACE),
                    map(map(first.get("namespaceSelector")).get("matchLabels")), app.name() + ": the edge is the first source the component moves");
        }
        assertEquals(List.of("../../components/ingress-nginx"), single(deploy.resolve("k8s/overlays/ingress-nginx/kustomization.yaml")).get("components"));
    }

    @Test
    void ingressRoutesEachPrefixToItsServiceAndLetsImportsThrough() {
        List<Map<String, Object>> ingresses = resources(deploy.resolve("k8s/components/ingress-nginx")).stream()
                .filter(d -> "Ingress".equals(d.get("kind"))).toList();
        assertEquals(1, ingresses.size());
        Map<String, Object> annotations = map(map(ingresses.get(0).get("metadata")).get("annotations"));
        assertNotNull(annotations.get("nginx.ingress.kubernetes.io/rewrite-target"));
        List<Object> rules = list(map(ingresses.get(0).get("spec")).get("rules"));
        assertEquals(1, rules.size(), "one host");
        Map<String, String> routes = new LinkedHashMap<>();
        for (Object p : list(map(map(rules.get(0)).get("http")).get("paths"))) {
            routes.put(str(map(p).get("path")), str(map(map(map(p).get("backend")).get("service")).get("name")));
        }
        for (var e : PREFIXES.entrySet()) {
            assertTrue(routes.entrySet().stream().anyMatch(r -> r.getKey().startsWith(e.getKey() + "(") && r.getValue().equals(e.getValue())),
                    e.getKey() + " -> " + e.getValue() + " in " + routes);
        }
        // the edge must not refuse what a service accepts, nor cut an import short
        String imports = str(map(find(base, "ConfigMap", "qinghai-common").get("data")).get("IMPORT_MAX_BODY_SIZE"));
        String edge = str(annotations.get("nginx.ingress.kubernetes.io/proxy-body-size"));
        assertTrue(bytes(edge) >= bytes(imports), "ingress proxy-body-size " + edge + " < IMPORT_MAX_BODY_SIZE " + imports);
        assertTrue(Integer.parseInt(str(annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout"))) >= 300, "imports take up to 5 minutes");
    }

    // ---------------------------------------------------------------- helpers

    static List<Map<String, Object>> rules() {
        List<Map<String, Object>> out = new ArrayList<>();
        list(map(route.get("spec")).get("rules")).forEach(r -> out.add(map(r)));
        return out;
    }

    static String prefix(Map<String, Object> rule) {
        Map<String, Object> path = map(map(list(rule.get("matches")).get(0)).get("path"));
        assertEquals("PathPrefix", path.get("type"), "portable matching: PathPrefix");
        return str(path.get("value"));
    }

    /** Gateway API PathPrefix: element-wise, so /project-tracking matches /project-tracking/x but not /project-trackingx. */
    static boolean matches(String prefix, String path) {
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }

    static Duration duration(Object value) {
        Matcher m = Pattern.compile("(\\d+)(ms|s|m|h)").matcher(String.valueOf(value).toLowerCase(Locale.ROOT));
        assertTrue(m.matches(), "a Gateway API duration like 300s: " + value);
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
