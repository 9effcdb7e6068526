package gov.qinghai.followup.common.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the deployment files under {@code deploy/} without a cluster or Docker ("manifests checked
 * in CI without a cluster"): every YAML parses and has a known kind, every Deployment has probes, limits and
 * runs non-root on a read-only root filesystem, every environment variable the services read is provided,
 * docker-compose runs PostgreSQL and the four services with healthchecks, and the Grafana dashboard only
 * queries metrics the services expose.
 *
 * <p>The services are discovered, not listed: every module with {@code src/main/resources/application.properties}
 * and a {@code quarkus.application.name}. Adding an {@code ${ENV:...}} placeholder to a service therefore fails
 * this test until the manifests provide it (see {@link #required(String, String)} for which ones must be).
 */
class DeployManifestsTest {

    /** Kinds the manifests may use, with the only apiVersion accepted for each (catches removed beta APIs). */
    static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("Namespace", "v1"),
            Map.entry("ConfigMap", "v1"),
            Map.entry("Secret", "v1"),
            Map.entry("Service", "v1"),
            Map.entry("Deployment", "apps/v1"),
            Map.entry("PodDisruptionBudget", "policy/v1"),
            Map.entry("HorizontalPodAutoscaler", "autoscaling/v2"),
            Map.entry("Ingress", "networking.k8s.io/v1"),
            Map.entry("Gateway", "gateway.networking.k8s.io/v1"),
            Map.entry("HTTPRoute", "gateway.networking.k8s.io/v1"),
            Map.entry("ServiceMonitor", "monitoring.coreos.com/v1"),
            Map.entry("PrometheusRule", "monitoring.coreos.com/v1"),
            Map.entry("Component", "kustomize.config.k8s.io/v1alpha1"),
            Map.entry("NetworkPolicy", "networking.k8s.io/v1"),
            Map.entry("Cluster", "postgresql.cnpg.io/v1"),
            Map.entry("ScheduledBackup", "postgresql.cnpg.io/v1"),
            Map.entry("Kustomization", "kustomize.config.k8s.io/v1beta1"));

    static final Pattern PLACEHOLDER_START = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    static Path root;
    static Path deploy;
    static Map<Path, List<Map<String, Object>>> yamlFiles;
    static List<App> apps;

    /** One service as its configuration describes it. */
    record App(String module, String name, int port, Map<String, String> placeholders) {
        /** The placeholders production must set (name to default, null for none). */
        Set<String> requiredEnv() {
            return placeholders.entrySet().stream().filter(e -> required(e.getKey(), e.getValue()))
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @BeforeAll
    static void load() throws IOException {
        root = findRoot();
        deploy = root.resolve("deploy");
        yamlFiles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(deploy)) {
            for (Path f : files.filter(DeployManifestsTest::isOwnYaml).sorted().toList()) {
                yamlFiles.put(f, parseAll(f));
            }
        }
        apps = discoverApps();
    }

    // ---------------------------------------------------------------- the rule for required env vars

    /**
     * Whether production must set {@code ${NAME:default}} explicitly. Required when:
     * <ul>
     * <li>there is no default ({@code ${NAME}}), or the default is empty (a feature switched off or an identity
     * left unset: production decides on purpose);</li>
     * <li>otherwise a default that is a boolean, a number or a size/duration ({@code false}, {@code 20}, {@code 5S},
     * {@code 10M}) is a switch or tuning knob whose default is the production setting: optional;</li>
     * <li>the name is a credential (PASSWORD, SECRET, TOKEN, USER, KEY): never run on a default;</li>
     * <li>the default points at a developer machine or dev material (localhost, 127.0.0.1, *.local, *.dev,
     * dev-*, change-me).</li>
     * </ul>
     * Everything else (API paths such as *_PATH) is optional. Examples of optional ones: DB_POOL_MAX,
     * DB_ACQUIRE_TIMEOUT, MAX_BODY_SIZE, WRITE_RATE_LIMIT, ALLOW_DEV_DEFAULTS (false), REFERRAL_PENDING_ALERT_DAYS,
     * HTTP_PORT, SMTP_PORT, MAILER_MOCK. Lines for the %test and %dev profiles are not read at all.
     */
    static boolean required(String name, String defaultValue) {
        if (defaultValue == null || defaultValue.isBlank()) {
            return true;
        }
        if (defaultValue.matches("true|false|\\d+[A-Za-z]{0,2}")) {
            return false; // a switch or a size/count/duration: its default is the production setting
        }
        if (name.matches(".*(PASSWORD|SECRET|TOKEN|USER|KEY).*")) {
            return true;
        }
        return defaultValue.matches("(?i).*(localhost|127\\.0\\.0\\.1|\\.local\\b|\\.dev\\b|\\bdev-|change-me).*");
    }

    @Test
    void requiredRuleKeepsProductionFitDefaultsOptional() {
        assertTrue(required("DB_URL", "jdbc:postgresql://127.0.0.1:5432/qinghai"));
        assertTrue(required("DB_USER", "postgres"));
        assertTrue(required("JWT_PUBLIC_KEY_LOCATION", "dev-keys/publicKey.pem"));
        assertTrue(required("JWT_ISSUER", "https://sso.qinghai-followup.dev"));
        assertTrue(required("NOTIFICATIONS_WEBHOOK_URL", ""));
        assertTrue(required("MAIL_FROM", "noreply@qinghai-followup.local"));
        assertTrue(required("SOMETHING", null));
        assertFalse(required("DB_POOL_MAX", "20"));
        assertFalse(required("MEDICAL_ALLIANCE_COVERAGE_PATH", "/api/v1/family-doctor/coverage"));
        assertFalse(required("HTTP_PORT", "8081"));
        assertFalse(required("ALLOW_DEV_DEFAULTS", "false"));
        assertFalse(required("DB_ACQUIRE_TIMEOUT", "5S"));
    }

    @Test
    void placeholdersAreReadWithNestedDefaults() {
        Map<String, String> found = new LinkedHashMap<>();
        placeholders("${A:${B:x}}/${C}/${quarkus.flyway.default-schema}", found);
        assertEquals("${B:x}", found.get("A"));
        assertEquals("x", found.get("B"));
        assertTrue(found.containsKey("C"));
        assertEquals(null, found.get("C"));
        assertEquals(3, found.size(), "property references (lower case) are not env vars: " + found);
    }

    // ---------------------------------------------------------------- all YAML

    @Test
    void everyYamlFileParsesAndUsesKnownKinds() {
        assertFalse(yamlFiles.isEmpty());
        List<String> problems = new ArrayList<>();
        for (var entry : yamlFiles.entrySet()) {
            String file = root.relativize(entry.getKey()).toString();
            for (Map<String, Object> doc : entry.getValue()) {
                String kind = str(doc.get("kind"));
                if (kind == null) {
                    if (!doc.containsKey("services") && !(doc.containsKey("rule_files") && doc.containsKey("tests"))) {
                        problems.add(file + ": a document with neither kind nor services (compose) nor rule_files and tests (promtool)");
                    }
                    continue;
                }
                if (!KINDS.containsKey(kind)) {
                    problems.add(file + ": unexpected kind " + kind);
                } else if (!KINDS.get(kind).equals(doc.get("apiVersion"))) {
                    problems.add(file + ": " + kind + " with apiVersion " + doc.get("apiVersion") + ", expected " + KINDS.get(kind));
                }
                if (!kind.equals("Kustomization") && !kind.equals("Component") && str(map(doc.get("metadata")).get("name")) == null) {
                    problems.add(file + ": " + kind + " without metadata.name");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void kustomizationsReferenceOnlyExistingFiles() {
        List<Path> kustomizations = yamlFiles.keySet().stream()
                .filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList();
        assertTrue(kustomizations.size() >= 5, "base, overlays production and ingress-nginx, components ingress-nginx and monitoring: "
                + kustomizations);
        for (Path k : kustomizations) {
            List<Object> entries = new ArrayList<>(list(single(k).get("resources")));
            entries.addAll(list(single(k).get("components")));
            for (Object r : entries) {
                Path target = k.getParent().resolve(r.toString()).normalize();
                assertTrue(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")),
                        root.relativize(k) + " lists a missing resource " + r);
            }
        }
    }

    // ---------------------------------------------------------------- base: deployments

    @Test
    void everyServiceHasADeploymentServiceDisruptionBudgetAndAutoscaler() {
        List<Map<String, Object>> base = resources(deploy.resolve("k8s/base"));
        for (App app : apps) {
            Map<String, Object> deployment = find(base, "Deployment", app.name());
            assertFalse(map(deployment.get("spec")).containsKey("replicas"),
                    app.name() + ": the HorizontalPodAutoscaler owns the pod count (kubectl apply would reset it)");
            Map<String, Object> hpa = map(find(base, "HorizontalPodAutoscaler", app.name()).get("spec"));
            assertEquals(Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", app.name()), hpa.get("scaleTargetRef"));
            assertTrue(intValue(hpa.get("minReplicas")) >= 2, app.name() + " needs 2+ replicas");
            assertTrue(intValue(hpa.get("maxReplicas")) > intValue(hpa.get("minReplicas")), app.name() + " can scale out");
            assertTrue(String.valueOf(hpa.get("metrics")).contains("name=cpu"), app.name() + " scales on CPU");

            Map<String, Object> service = find(base, "Service", app.name());
            Map<String, Object> servicePort = map(list(map(service.get("spec")).get("ports")).get(0));
            assertEquals(app.port(), intValue(servicePort.get("port")), app.name() + ": Service port = the app's port (peer URLs use it)");
            assertEquals(labels(deployment), map(map(service.get("spec")).get("selector")), app.name() + ": Service selects the pods");

            Map<String, Object> pdb = find(base, "PodDisruptionBudget", app.name());
            assertEquals(1, intValue(map(pdb.get("spec")).get("minAvailable")), app.name() + " PDB minAvailable");
            assertEquals(labels(deployment), map(map(map(pdb.get("spec")).get("selector")).get("matchLabels")));
        }
    }

    @Test
    void everyDeploymentHasProbesLimitsAndRunsNonRootOnAReadOnlyFilesystem() {
        List<Map<String, Object>> deployments = resources(deploy.resolve("k8s/base")).stream()
                .filter(d -> "Deployment".equals(d.get("kind"))).toList();
        assertEquals(apps.size(), deployments.size(), "one Deployment per service");
        for (Map<String, Object> d : deployments) {
            String name = str(map(d.get("metadata")).get("name"));
            Map<String, Object> pod = podSpec(d);
            Map<String, Object> c = container(d);
            assertEquals("/q/health/started", probePath(c, "startupProbe"), name);
            assertEquals("/q/health/ready", probePath(c, "readinessProbe"), name);
            assertEquals("/q/health/live", probePath(c, "livenessProbe"), name);
            // health answers only on the management interface, a container port of its own
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertEquals("management", str(map(map(c.get(probe)).get("httpGet")).get("port")), name + ": " + probe);
            }
            assertTrue(list(c.get("ports")).stream().anyMatch(p -> "management".equals(map(p).get("name"))),
                    name + ": a container port named management");

            Map<String, Object> resources = map(c.get("resources"));
            for (String section : List.of("requests", "limits")) {
                for (String res : List.of("cpu", "memory")) {
                    assertNotNull(map(resources.get(section)).get(res), name + ": resources." + section + "." + res);
                }
            }
            assertTrue(mebibytes(map(resources.get("requests")).get("memory")) <= mebibytes(map(resources.get("limits")).get("memory")), name);

            Map<String, Object> podSecurity = map(pod.get("securityContext"));
            Map<String, Object> security = map(c.get("securityContext"));
            assertTrue(Boolean.TRUE.equals(security.get("runAsNonRoot")) || Boolean.TRUE.equals(podSecurity.get("runAsNonRoot")), name + " runAsNonRoot");
            Object uid = security.getOrDefault("runAsUser", podSecurity.get("runAsUser"));
            assertTrue(uid != null && intValue(uid) > 0, name + ": numeric non-root runAsUser");
            assertEquals(Boolean.TRUE, security.get("readOnlyRootFilesystem"), name + " readOnlyRootFilesystem");
            assertEquals(Boolean.FALSE, security.get("allowPrivilegeEscalation"), name + " allowPrivilegeEscalation");
            assertEquals(List.of("ALL"), map(security.get("capabilities")).get("drop"), name + " drops all capabilities");

            String tmpVolume = list(c.get("volumeMounts")).stream().map(DeployManifestsTest::map)
                    .filter(m -> "/tmp".equals(m.get("mountPath"))).map(m -> str(m.get("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": /tmp must be a writable volume"));
            assertTrue(list(pod.get("volumes")).stream().map(DeployManifestsTest::map)
                    .anyMatch(v -> tmpVolume.equals(v.get("name")) && v.containsKey("emptyDir")), name + ": /tmp is an emptyDir");
        }
    }

    @Test
    void everyEnvVarTheAppsReadIsProvided() {
        List<Map<String, Object>> base = resources(deploy.resolve("k8s/base"));
        Map<String, Set<String>> documentedSecretKeys = documentedSecrets();
        List<String> missing = new ArrayList<>();
        for (App app : apps) {
            Map<String, Object> deployment = find(base, "Deployment", app.name());
            Map<String, Object> c = container(deployment);
            Map<String, String> provided = new LinkedHashMap<>(); // env name -> where from
            for (Object o : list(c.get("envFrom"))) {
                Map<String, Object> from = map(o);
                if (from.containsKey("configMapRef")) {
                    String cm = str(map(from.get("configMapRef")).get("name"));
                    map(find(base, "ConfigMap", cm).get("data")).keySet().forEach(k -> provided.put(k, "ConfigMap " + cm));
                }
                if (from.containsKey("secretRef")) {
                    String s = str(map(from.get("secretRef")).get("name"));
                    assertTrue(documentedSecretKeys.containsKey(s), app.name() + ": Secret " + s + " is not in deploy/k8s/examples");
                    documentedSecretKeys.get(s).forEach(k -> provided.put(k, "Secret " + s));
                }
            }
            for (Object o : list(c.get("env"))) {
                Map<String, Object> env = map(o);
                Map<String, Object> secretRef = map(map(env.get("valueFrom")).get("secretKeyRef"));
                if (!secretRef.isEmpty()) {
                    String s = str(secretRef.get("name"));
                    String key = str(secretRef.get("key"));
                    assertTrue(documentedSecretKeys.getOrDefault(s, Set.of()).contains(key),
                            app.name() + ": Secret " + s + " key " + key + " is not in deploy/k8s/examples/secrets.example.yaml");
                }
                provided.put(str(env.get("name")), "env");
            }
            for (String name : app.requiredEnv()) {
                if (!provided.containsKey(name)) {
                    missing.add(app.name() + " reads " + name + " (default: " + app.placeholders().get(name) + ")");
                }
            }
            assertEquals(String.valueOf(app.port()), configValue(base, c, "HTTP_PORT"), app.name() + ": HTTP_PORT");
            Map<String, Object> port = map(list(c.get("ports")).get(0));
            assertEquals(app.port(), intValue(port.get("containerPort")), app.name() + ": containerPort = HTTP_PORT");
            assertFalse("true".equalsIgnoreCase(configValue(base, c, "ALLOW_DEV_DEFAULTS")), app.name() + " must not accept the dev JWT key");
            String keyLocation = configValue(base, c, "JWT_PUBLIC_KEY_LOCATION");
            assertFalse(String.valueOf(keyLocation).contains("dev-keys"), app.name() + ": the dev JWT key in a cluster");
            if (keyLocation != null && keyLocation.replaceFirst("^file:", "").startsWith("/")) {
                String path = keyLocation.replaceFirst("^file:", "");
                assertTrue(list(c.get("volumeMounts")).stream().map(DeployManifestsTest::map)
                        .anyMatch(m -> path.startsWith(str(m.get("mountPath")) + "/")), app.name() + ": the JWT key file " + path + " is mounted");
            }
        }
        assertTrue(missing.isEmpty(), "env vars the apps read but the manifests do not provide:\n" + String.join("\n", missing));
    }

    @Test
    void peerUrlsNameExistingServicesAndPorts() {
        List<Map<String, Object>> base = resources(deploy.resolve("k8s/base"));
        Pattern url = Pattern.compile("https?://([a-z0-9-]+):(\\d+)/?");
        int checked = 0;
        for (Map<String, Object> cm : base.stream().filter(d -> "ConfigMap".equals(d.get("kind"))).toList()) {
            for (var e : map(cm.get("data")).entrySet()) {
                Matcher m = url.matcher(String.valueOf(e.getValue()));
                if (e.getKey().endsWith("_URL") && m.matches()) {
                    Map<String, Object> svc = find(base, "Service", m.group(1));
                    assertEquals(Integer.parseInt(m.group(2)), intValue(map(list(map(svc.get("spec")).get("ports")).get(0)).get("port")), e.getKey());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 2, "action-plan-service reads MEDICAL_ALLIANCE_URL and PROJECT_TRACKING_URL");
    }

    /**
     * A table import spools its body (up to IMPORT_MAX_BODY_SIZE) to /tmp and the XLSX reader may hold one more copy;
     * two imports may run at once; the rest of /tmp needs the 64Mi every service has. A pod whose /tmp emptyDir
     * overflows is evicted, so a service that takes imports (limits.import.paths) gets room for all of it, and asks
     * the scheduler for that much ephemeral storage; compose's tmpfs (memory) likewise.
     */
    @Test
    void importSpoolFitsTmp() throws IOException {
        List<Map<String, Object>> base = resources(deploy.resolve("k8s/base"));
        String imports = str(map(find(base, "ConfigMap", "qinghai-common").get("data")).get("IMPORT_MAX_BODY_SIZE"));
        long needed = 2 * 2 * bytes(imports) + (64L << 20);
        Map<String, Object> compose = map(single(deploy.resolve("docker-compose.yml")).get("services"));
        int importing = 0;
        for (App app : apps) {
            String props = Files.readString(root.resolve(app.module()).resolve("src/main/resources/application.properties"));
            Map<String, Object> d = find(base, "Deployment", app.name());
            Map<String, Object> c = container(d);
            String tmpVolume = list(c.get("volumeMounts")).stream().map(DeployManifestsTest::map)
                    .filter(m -> "/tmp".equals(m.get("mountPath"))).map(m -> str(m.get("name"))).findFirst().orElseThrow();
            Map<String, Object> emptyDir = list(podSpec(d).get("volumes")).stream().map(DeployManifestsTest::map)
                    .filter(v -> tmpVolume.equals(v.get("name"))).map(v -> map(v.get("emptyDir"))).findFirst().orElseThrow();
            assertNotNull(emptyDir.get("sizeLimit"), app.name() + ": /tmp is bounded (sizeLimit)");
            long tmp = (long) mebibytes(emptyDir.get("sizeLimit")) << 20;
            if (!props.matches("(?s).*(^|\\n)limits\\.import\\.paths=.*")) {
                continue;
            }
            importing++;
            assertTrue(tmp >= needed, app.name() + ": /tmp sizeLimit " + emptyDir.get("sizeLimit") + " < 2 imports x 2 copies x "
                    + imports + " + 64Mi");
            Object requested = map(map(c.get("resources")).get("requests")).get("ephemeral-storage");
            assertTrue(requested != null && ((long) mebibytes(requested) << 20) >= tmp,
                    app.name() + ": requests.ephemeral-storage covers the /tmp emptyDir, found " + requested);
            String tmpfs = String.valueOf(map(compose.get(app.name())).get("tmpfs"));
            Matcher size = Pattern.compile("/tmp:size=(\\d+)m").matcher(tmpfs);
            assertTrue(size.find() && (Long.parseLong(size.group(1)) << 20) >= needed, app.name() + ": compose tmpfs /tmp " + tmpfs);
        }
        assertTrue(importing >= 1, "project-tracking imports fairs' tables (limits.import.paths)");
    }

    static long bytes(String size) {
        Matcher m = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(size.trim());
        assertTrue(m.matches(), "a size like 100m: " + size);
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) { case "k" -> 10; case "m" -> 20; case "g" -> 30; default -> 0; };
        return Long.parseLong(m.group(1)) << shift;
    }

    // ---------------------------------------------------------------- production overlay

    @Test
    void productionRunsThreeReplicasPinnedImagesAndACloudNativePgCluster() {
        Path overlay = deploy.resolve("k8s/overlays/production");
        Map<String, Object> k = single(overlay.resolve("kustomization.yaml"));
        Set<String> names = apps.stream().map(App::name).collect(Collectors.toSet());
        for (String name : names) {
            Object min = patchedValue(k, "HorizontalPodAutoscaler", name, "/spec/minReplicas");
            assertTrue(min != null && intValue(min) >= 3, name + ": production patches HorizontalPodAutoscaler minReplicas to 3+, found " + min);
            assertTrue(list(k.get("images")).stream().map(DeployManifestsTest::map)
                    .anyMatch(i -> str(i.get("name")).endsWith("/" + name) && i.get("newTag") != null
                            && !str(i.get("newTag")).matches("latest|.*SNAPSHOT")), name + ": a pinned release tag");
        }
        List<Map<String, Object>> clusters = resources(overlay).stream().filter(d -> "Cluster".equals(d.get("kind"))).toList();
        assertEquals(1, clusters.size(), "one CloudNativePG Cluster");
        Map<String, Object> spec = map(clusters.get(0).get("spec"));
        String cluster = str(map(clusters.get(0).get("metadata")).get("name"));
        assertEquals(3, intValue(spec.get("instances")));
        assertTrue(str(spec.get("imageName")).matches(".*postgresql:15(\\..*)?"), "PostgreSQL 15: " + spec.get("imageName"));
        Map<String, Object> initdb = map(map(spec.get("bootstrap")).get("initdb"));
        String database = str(initdb.get("database"));

        String patches = String.valueOf(k.get("patches"));
        assertTrue(patches.contains("/data/DB_URL") && patches.contains("jdbc:postgresql://" + cluster + "-rw:5432/" + database),
                "production DB_URL points at the Cluster's read-write Service " + cluster + "-rw");
        // CloudNativePG names the owner's Secret <cluster>-app with keys username and password.
        for (App app : apps) {
            Map<String, Object> c = container(find(resources(deploy.resolve("k8s/base")), "Deployment", app.name()));
            for (String env : List.of("DB_USER", "DB_PASSWORD")) {
                Map<String, Object> ref = list(c.get("env")).stream().map(DeployManifestsTest::map)
                        .filter(e -> env.equals(e.get("name"))).map(e -> map(map(e.get("valueFrom")).get("secretKeyRef")))
                        .findFirst().orElseThrow(() -> new AssertionError(app.name() + ": " + env + " from a Secret"));
                assertEquals(cluster + "-app", ref.get("name"), app.name() + " " + env);
            }
        }
        // Every pod the autoscalers may run, plus the one a rolling update adds (maxSurge 1), with a full pool.
        int maxConnections = Integer.parseInt(str(map(map(spec.get("postgresql")).get("parameters")).getOrDefault("max_connections", "100")));
        List<Map<String, Object>> base = resources(deploy.resolve("k8s/base"));
        String pool = configValue(base, Map.of("envFrom", List.of(Map.of("configMapRef", Map.of("name", "qinghai-common")))), "DB_POOL_MAX");
        int pods = apps.stream().mapToInt(a -> intValue(map(find(base, "HorizontalPodAutoscaler", a.name()).get("spec")).get("maxReplicas")) + 1).sum();
        int connections = pods * Integer.parseInt(pool == null ? "20" : pool);
        assertTrue(connections < maxConnections, "pools (" + connections + ") fit max_connections " + maxConnections);
    }

    @Test
    void productionBacksTheDatabaseUpNightlyToAnObjectStore() {
        Path overlay = deploy.resolve("k8s/overlays/production");
        List<Map<String, Object>> docs = resources(overlay);
        Map<String, Object> cluster = docs.stream().filter(d -> "Cluster".equals(d.get("kind"))).findFirst().orElseThrow();
        String clusterName = str(map(cluster.get("metadata")).get("name"));
        Map<String, Object> store = map(map(map(cluster.get("spec")).get("backup")).get("barmanObjectStore"));
        assertTrue(str(store.get("destinationPath")).matches("s3://.+"), "backups go to an S3-compatible bucket: " + store);
        assertNotNull(map(map(cluster.get("spec")).get("backup")).get("retentionPolicy"), "a retention policy");
        Map<String, Set<String>> secrets = documentedSecrets();
        for (Object ref : map(store.get("s3Credentials")).values()) {
            String secret = str(map(ref).get("name"));
            assertTrue(secrets.getOrDefault(secret, Set.of()).contains(str(map(ref).get("key"))),
                    "backup credentials " + ref + " are documented in deploy/k8s/examples");
        }
        List<Map<String, Object>> backups = docs.stream().filter(d -> "ScheduledBackup".equals(d.get("kind"))).toList();
        assertEquals(1, backups.size(), "one ScheduledBackup");
        Map<String, Object> backup = map(backups.get(0).get("spec"));
        assertEquals(clusterName, map(backup.get("cluster")).get("name"), "the ScheduledBackup names the Cluster");
        assertEquals("barmanObjectStore", backup.get("method"));
        assertEquals(6, str(backup.get("schedule")).trim().split("\\s+").length, "CloudNativePG cron has six fields (seconds first)");
    }

    // ---------------------------------------------------------------- docker

    @Test
    void dockerfileRunsTheAotJarOnJdk25AsANonRootUserWithAHealthcheck() throws IOException {
        String dockerfile = Files.readString(deploy.resolve("docker/Dockerfile"));
        assertTrue(dockerfile.contains("target/quarkus-app-aot/lib/") && dockerfile.contains("quarkus-run.jar"));
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\d+)").matcher(dockerfile);
        assertTrue(user.find() && Integer.parseInt(user.group(1)) > 0, "USER <numeric non-root uid>");
        assertTrue(dockerfile.matches("(?s).*\\nHEALTHCHECK .*/q/health/ready.*"));
        assertTrue(dockerfile.contains("EXPOSE ${PORT}"));
    }

    /**
     * Built without a public registry and without downloads: every stage starts from BASE_IMAGE, the local base that
     * deploy/docker/build-images.sh assembles from Debian's packages and the machine's JDK 25 (Dockerfile.base, FROM
     * scratch), and no RUN fetches anything (apt, curl, wget, pip, npm). The base's package list is pinned.
     */
    @Test
    void imagesBuildFromTheLocalBaseWithoutDownloads() throws IOException {
        String dockerfile = Files.readString(deploy.resolve("docker/Dockerfile"));
        Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(dockerfile);
        Set<String> images = new TreeSet<>();
        while (from.find()) {
            images.add(from.group(1));
        }
        assertEquals(Set.of("${BASE_IMAGE}"), images, "training and runtime on the local base");
        Matcher arg = Pattern.compile("(?m)^ARG BASE_IMAGE=(\\S+)").matcher(dockerfile);
        assertTrue(arg.find() && arg.group(1).startsWith("localhost/"), "the default base is a local image, never a registry's");
        String base = Files.readString(deploy.resolve("docker/Dockerfile.base"));
        Matcher baseFrom = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(base);
        assertTrue(baseFrom.find() && baseFrom.group(1).equals("scratch") && !baseFrom.find(), "the base starts FROM scratch");
        Pattern fetch = Pattern.compile("(?m)^RUN\\b(?:.*\\\\\\n)*.*\\b(apt-get|apt|curl|wget|pip|npm|dnf|yum|apk)\\b");
        for (var file : Map.of("Dockerfile", dockerfile, "Dockerfile.base", base).entrySet()) {
            Matcher m = fetch.matcher(file.getValue());
            boolean downloads = m.find();
            assertFalse(downloads, file.getKey() + " downloads at build time: " + (downloads ? m.group() : ""));
        }
        List<String> lock = Files.readAllLines(deploy.resolve("docker/base-packages.lock")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertTrue(lock.size() > 50 && lock.stream().allMatch(l -> l.matches("[a-z0-9][a-z0-9+.:-]* \\S+")),
                "base-packages.lock: one 'package version' per line");
        assertTrue(lock.stream().anyMatch(l -> l.startsWith("curl ")), "curl for deploy/aot/train.sh is in the base");
        String script = Files.readString(deploy.resolve("docker/build-images.sh"));
        assertTrue(script.contains("debootstrap") && script.contains("jlink") && script.contains("base-packages.lock"), "build-images.sh");
    }

    /**
     * The PDF documents need their Chinese font in the image (else ?format=pdf answers 503): the base's debootstrap
     * includes fonts-wqy-zenhei and fontconfig, the lock pins them, and the services look for the font where the package
     * puts it, as deploy/lib.sh does.
     */
    @Test
    void theImageBaseHoldsThePdfFontWhereTheDocumentsLookForIt() throws IOException {
        String script = Files.readString(deploy.resolve("docker/build-images.sh"));
        Matcher base = Pattern.compile("(?m)^BASE_PACKAGES=\"([^\"]*)\"").matcher(script);
        assertTrue(base.find(), "BASE_PACKAGES in build-images.sh");
        List<String> packages = List.of(base.group(1).split(","));
        assertTrue(packages.containsAll(List.of("fonts-wqy-zenhei", "fontconfig")), "debootstrap --include: " + packages);
        List<String> lock = Files.readAllLines(deploy.resolve("docker/base-packages.lock")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        for (String p : packages) {
            assertTrue(lock.stream().anyMatch(l -> l.startsWith(p + " ")), p + " is pinned in base-packages.lock");
        }
        String font = gov.qinghai.followup.common.documents.Documents.DEFAULT_FONT;
        assertEquals("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", font, "the path fonts-wqy-zenhei installs");
        assertTrue(Files.readString(root.resolve("service-common/src/main/resources/META-INF/microprofile-config.properties"))
                .contains("qinghai.documents.font=${DOCUMENTS_FONT:" + font + "}"), "DOCUMENTS_FONT, default the package's path");
        assertTrue(Files.readString(deploy.resolve("lib.sh")).contains("DOCUMENTS_FONT_DEFAULT=" + font), "deploy/lib.sh");
    }

    /**
     * The AOT cache only fits the JVM that wrote it: the training stage is the runtime image, the cache goes into the
     * final image and the entrypoint uses it; the build context sends the training script.
     */
    @Test
    void dockerImageTrainsItsAotCacheOnTheRuntimeImageAndStartsWithIt() throws IOException {
        String dockerfile = Files.readString(deploy.resolve("docker/Dockerfile"));
        assertTrue(dockerfile.contains("FROM ${BASE_IMAGE} AS train"), "training on the runtime base");
        assertTrue(dockerfile.contains("COPY deploy/aot/train.sh ") && dockerfile.contains("train.sh /deployments app.aot"),
                "a training run in the build");
        assertTrue(dockerfile.contains("COPY --from=train /deployments/app.aot /deployments/"), "the cache in the image");
        assertTrue(dockerfile.matches("(?s).*\\nENTRYPOINT .*-XX:AOTCache=app\\.aot -jar quarkus-run\\.jar.*"),
                "started with the cache, the jar named as in the training run");
        assertTrue(Files.isRegularFile(root.resolve("deploy/aot/train.sh")));
        String ignore = Files.readString(deploy.resolve("docker/Dockerfile.dockerignore"));
        assertTrue(ignore.contains("!deploy/aot/train.sh") && ignore.contains("!*/target/quarkus-app-aot/**"), ignore);
    }

    /**
     * Two settings (deploy/bench/RESULTS.md, "Settings"): deploy/run.sh on a laptop runs C1 only (deploy/lib.sh
     * AOT_JAVA_OPTS, start and memory first); the image's training run, the image, compose and the cluster run the
     * production flags (deploy/lib.sh IMAGE_JAVA_OPTS: full tiered compilation, Serial GC), the heap aside: pods size
     * it from their memory limit. The training run and the runtime must agree, or the JVM refuses the AOT cache.
     */
    @Test
    void imagesComposeAndClusterRunTheProductionFlagsTheImageTrainedItsCacheWith() throws IOException {
        String lib = Files.readString(deploy.resolve("lib.sh"));
        Matcher laptop = Pattern.compile("(?m)^AOT_JAVA_OPTS=\"([^\"]+)\"").matcher(lib);
        assertTrue(laptop.find() && laptop.group(1).contains("-XX:TieredStopAtLevel=1"), "deploy/run.sh keeps C1 only on a laptop");
        Matcher m = Pattern.compile("(?m)^IMAGE_JAVA_OPTS=\"([^\"]+)\"").matcher(lib);
        assertTrue(m.find(), "deploy/lib.sh defines IMAGE_JAVA_OPTS");
        List<String> flags = List.of(m.group(1).split("\\s+"));
        assertFalse(m.group(1).contains("TieredStopAtLevel"), "production runs full tiered compilation: " + m.group(1));
        String dockerfile = Files.readString(deploy.resolve("docker/Dockerfile"));
        assertTrue(dockerfile.contains("JAVA_OPTS=\"" + m.group(1) + "\""), "the training run uses exactly IMAGE_JAVA_OPTS");
        Matcher env = Pattern.compile("(?m)^\\s+JAVA_OPTS=\"([^\"]+)\"").matcher(dockerfile);
        assertTrue(env.find(), "ENV JAVA_OPTS in the runtime stage");
        String compose = str(map(single(deploy.resolve("docker-compose.yml")).get("x-common-env")).get("JAVA_OPTS"));
        String cluster = configValue(resources(deploy.resolve("k8s/base")),
                Map.of("envFrom", List.of(Map.of("configMapRef", Map.of("name", "qinghai-common")))), "JAVA_OPTS");
        String smoke = Files.readString(deploy.resolve("docker/smoke-images.sh"));
        Matcher smokeOpts = Pattern.compile("-e JAVA_OPTS=\"([^\"]+)\"").matcher(smoke);
        assertTrue(smokeOpts.find(), "smoke-images.sh sets JAVA_OPTS");
        for (var runtime : Map.of("image", env.group(1), "compose", String.valueOf(compose), "ConfigMap qinghai-common",
                String.valueOf(cluster), "smoke-images.sh", smokeOpts.group(1)).entrySet()) {
            List<String> have = List.of(runtime.getValue().split("\\s+"));
            assertFalse(runtime.getValue().contains("TieredStopAtLevel"), runtime.getKey() + " runs C1 only: " + runtime.getValue());
            for (String flag : flags) {
                assertTrue(have.contains(flag) || (flag.startsWith("-Xmx") && runtime.getValue().contains("MaxRAMPercentage")),
                        runtime.getKey() + " JAVA_OPTS lacks " + flag + ": " + runtime.getValue());
            }
        }
    }

    /** The top-level name: and deploy.replicas are Compose-specification features Debian's docker-compose 1.29 refuses. */
    @Test
    void composeFileSaysItNeedsComposeV2() throws IOException {
        String header = Files.readString(deploy.resolve("docker-compose.yml")).lines().takeWhile(l -> l.startsWith("#"))
                .collect(Collectors.joining("\n"));
        assertTrue(header.contains("Compose v2") && header.contains("1.29"), "the header says Compose v2 is needed and why:\n" + header);
    }

    @Test
    void composeRunsPostgresAndTheFourServicesWithHealthchecksAndTheirEnv() {
        Map<String, Object> compose = single(deploy.resolve("docker-compose.yml"));
        Map<String, Object> services = map(compose.get("services"));
        Map<String, Object> postgres = map(services.get("postgres"));
        assertTrue(str(postgres.get("image")).startsWith("postgres:15"));
        assertFalse(map(postgres.get("healthcheck")).isEmpty(), "postgres healthcheck");
        for (App app : apps) {
            Map<String, Object> s = map(services.get(app.name()));
            assertFalse(s.isEmpty(), "compose service " + app.name());
            assertFalse(map(s.get("healthcheck")).isEmpty(), app.name() + " healthcheck");
            assertTrue(String.valueOf(map(s.get("healthcheck")).get("test")).contains("/q/health/ready"), app.name());
            assertEquals("service_healthy", map(map(s.get("depends_on")).get("postgres")).get("condition"), app.name());
            assertEquals(app.module(), map(map(s.get("build")).get("args")).get("SERVICE"), app.name() + " built from its module");
            assertEquals(Boolean.TRUE, s.get("read_only"), app.name() + " read-only");
            assertTrue(str(s.get("user")).matches("[1-9]\\d*"), app.name() + " numeric non-root user");
            Set<String> env = envNames(s.get("environment"));
            Set<String> missing = new TreeSet<>(app.requiredEnv());
            missing.removeAll(env);
            assertTrue(missing.isEmpty(), app.name() + " in compose misses " + missing);
            assertTrue(String.valueOf(s.get("ports")).contains(app.port() + ":" + app.port()), app.name() + " port");
        }
        Map<String, Object> replica = map(services.get("project-tracking-replica"));
        assertEquals(2, intValue(map(replica.get("deploy")).get("replicas")), "two project-tracking replicas");
        Map<String, Object> proxy = map(services.get("proxy"));
        assertTrue(str(proxy.get("image")).startsWith("nginx"), "behind nginx");
        assertEquals(list(replica.get("profiles")), list(proxy.get("profiles")), "replicas and proxy in one profile");
    }

    // ---------------------------------------------------------------- grafana

    @Test
    void dashboardIsValidJsonAndQueriesOnlyExposedMetrics() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(deploy.resolve("grafana/dashboard.json").toFile());
        assertNotNull(dashboard.get("title"));
        List<String> exprs = new ArrayList<>();
        collectExprs(dashboard, exprs);
        assertTrue(exprs.size() >= 10, "panels with queries: " + exprs.size());

        Set<String> used = new TreeSet<>();
        Matcher selector = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{").matcher(String.join("\n", exprs));
        while (selector.find()) {
            used.add(selector.group(1));
        }
        Matcher labelValues = Pattern.compile("label_values\\(([a-zA-Z_:][a-zA-Z0-9_:]*)").matcher(dashboard.toString());
        while (labelValues.find()) {
            used.add(labelValues.group(1));
        }
        Map<String, Set<String>> fromCode = codeMetrics(); // meter name -> Prometheus series names
        Set<String> exposedByCode = fromCode.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        // Quarkus' own: HTTP server, JVM/process, and the scheduler's per-replica timer scheduled.methods (enabled in
        // service-common's microprofile-config.properties).
        Pattern standard = Pattern.compile("http_server_requests_seconds_(count|sum|max|bucket)|jvm_[a-z_]+|process_[a-z_]+|system_[a-z_]+|up"
                + "|scheduled_methods_seconds_(count|sum|max)|agroal_[a-z_]+");
        if (used.stream().anyMatch(m -> m.startsWith("agroal_"))) {
            assertTrue(Files.readString(root.resolve("service-common/src/main/resources/META-INF/microprofile-config.properties"))
                    .contains("quarkus.datasource.metrics.enabled=true"), "the dashboard reads agroal_*: enable the datasource metrics");
        }
        if (used.stream().anyMatch(m -> m.startsWith("scheduled_methods_"))) {
            assertTrue(Files.readString(root.resolve("service-common/src/main/resources/META-INF/microprofile-config.properties"))
                    .contains("quarkus.scheduler.metrics.enabled=true"), "the dashboard reads scheduled_methods_*: enable the scheduler metrics");
        }
        List<String> unknown = used.stream().filter(m -> !exposedByCode.contains(m) && !standard.matcher(m).matches()).toList();
        assertTrue(unknown.isEmpty(), "the dashboard queries metrics nobody exposes: " + unknown + "; code exposes " + fromCode);
        for (var meter : fromCode.entrySet()) {
            assertTrue(meter.getValue().stream().anyMatch(used::contains), "no panel for the services' meter " + meter.getKey());
        }
        assertTrue(fromCode.keySet().containsAll(List.of("jobs.run", "reports.generated", "outbox.messages.delivered")),
                "job, report and outbox meters found: " + fromCode);
    }

    // ---------------------------------------------------------------- helpers: discovery

    static Path findRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no directory with deploy/ and pom.xml above " + Path.of("").toAbsolutePath());
    }

    static boolean isOwnYaml(Path p) {
        String name = p.getFileName().toString();
        String rel = deploy.relativize(p).toString().replace('\\', '/');
        // deploy/.run, deploy/bench/out and deploy/.bundle are local output (.gitignore).
        return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml"))
                && !rel.startsWith(".run/") && !rel.startsWith("bench/out/") && !rel.startsWith(".bundle/");
    }

    static List<App> discoverApps() throws IOException {
        Map<String, String> common = new LinkedHashMap<>();
        readPlaceholders(root.resolve("service-common/src/main/resources/META-INF/microprofile-config.properties"), common);
        List<App> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path props = dir.resolve("src/main/resources/application.properties");
                if (!Files.isRegularFile(props)) {
                    continue;
                }
                String text = Files.readString(props);
                Matcher name = Pattern.compile("(?m)^quarkus\\.application\\.name=(\\S+)").matcher(text);
                Matcher port = Pattern.compile("(?m)^quarkus\\.http\\.port=\\$\\{HTTP_PORT:(\\d+)}").matcher(text);
                if (!name.find()) {
                    continue;
                }
                assertTrue(port.find(), dir + ": quarkus.http.port=${HTTP_PORT:<port>}");
                Map<String, String> placeholders = new LinkedHashMap<>(common);
                readPlaceholders(props, placeholders);
                found.add(new App(dir.getFileName().toString(), name.group(1), Integer.parseInt(port.group(1)), placeholders));
            }
        }
        assertEquals(4, found.size(), "the four services: " + found.stream().map(App::name).toList());
        return found;
    }

    static void readPlaceholders(Path properties, Map<String, String> into) throws IOException {
        for (String line : Files.readAllLines(properties)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || l.startsWith("%test.") || l.startsWith("%dev.")) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq > 0) {
                placeholders(l.substring(eq + 1), into);
            }
        }
    }

    /** Adds every {@code ${ENV_NAME}} / {@code ${ENV_NAME:default}} in value (nested defaults included). */
    static void placeholders(String value, Map<String, String> into) {
        Matcher m = PLACEHOLDER_START.matcher(value);
        while (m.find()) {
            int after = m.end();
            String defaultValue = null;
            if (after < value.length() && value.charAt(after) == ':') {
                int depth = 1;
                int i = after + 1;
                for (; i < value.length() && depth > 0; i++) {
                    char ch = value.charAt(i);
                    if (ch == '{') {
                        depth++;
                    } else if (ch == '}') {
                        depth--;
                    }
                }
                defaultValue = value.substring(after + 1, i - 1);
            } else if (after >= value.length() || value.charAt(after) != '}') {
                continue; // ${A-B} or similar: not an env placeholder
            }
            String name = m.group(1);
            // The same name in several places: remember the weakest default (none beats any).
            if (!into.containsKey(name) || defaultValue == null || (into.get(name) != null && defaultValue.isBlank())) {
                into.put(name, defaultValue);
            }
        }
    }

    /** Meter names registered in the services' and service-common's code (MeterRegistry timer/counter/gauge/summary). */
    static Map<String, Set<String>> codeMetrics() throws IOException {
        // Gauge.builder(name, …) too: its series is name_seconds with .baseUnit("seconds"), name otherwise
        Pattern meter = Pattern.compile("(?:\\.(timer|counter|gauge|summary)|Gauge\\.(builder))\\(\\s*\"([a-z0-9_.]+)\"");
        Map<String, Set<String>> found = new LinkedHashMap<>();
        List<String> modules = new ArrayList<>(apps.stream().map(App::module).toList());
        modules.add("service-common"); // job runs and reports generated are recorded there for every service
        for (String module : modules) {
            Path src = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(src)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(src)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = meter.matcher(Files.readString(f));
                    while (m.find()) {
                        String kind = m.group(1) != null ? m.group(1) : m.group(2);
                        String base = m.group(3).replace('.', '_');
                        Set<String> series = switch (kind) {
                            case "timer" -> Set.of(base + "_seconds_count", base + "_seconds_sum", base + "_seconds_max", base + "_seconds_bucket");
                            case "counter" -> Set.of(base.endsWith("_total") ? base : base + "_total");
                            case "summary" -> Set.of(base + "_count", base + "_sum", base + "_max");
                            case "builder" -> Set.of(base, base + "_seconds");
                            default -> Set.of(base);
                        };
                        found.computeIfAbsent(m.group(3), k -> new LinkedHashSet<>()).addAll(series);
                    }
                }
            }
        }
        return found;
    }

    static void collectExprs(JsonNode node, List<String> into) {
        if (node.isObject()) {
            JsonNode expr = node.get("expr");
            if (expr != null && expr.isTextual()) {
                into.add(expr.asText());
            }
            node.elements().forEachRemaining(child -> collectExprs(child, into));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectExprs(child, into));
        }
    }

    // ---------------------------------------------------------------- helpers: kustomize (resources only)

    /** The documents a kustomization lists under resources (files and directories, recursively). */
    static List<Map<String, Object>> resources(Path kustomizationDir) {
        Map<String, Object> k = single(kustomizationDir.resolve("kustomization.yaml"));
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object r : list(k.get("resources"))) {
            Path target = kustomizationDir.resolve(r.toString()).normalize();
            if (Files.isDirectory(target)) {
                docs.addAll(resources(target));
            } else {
                docs.addAll(yamlFiles.getOrDefault(target, parseAll(target)));
            }
        }
        return docs;
    }

    /** The value a kustomization's JSON 6902 patch puts at path in the named resource (a target without name: all). */
    static Object patchedValue(Map<String, Object> kustomization, String kind, String name, String path) {
        Object value = null;
        for (Object p : list(kustomization.get("patches"))) {
            Map<String, Object> target = map(map(p).get("target"));
            if (!kind.equals(target.get("kind")) || (target.get("name") != null && !name.equals(target.get("name")))) {
                continue;
            }
            Object ops = new Yaml(new SafeConstructor(new LoaderOptions())).load(str(map(p).get("patch")));
            for (Object op : list(ops)) {
                if (path.equals(map(op).get("path")) && List.of("add", "replace").contains(map(op).get("op"))) {
                    value = map(op).get("value");
                }
            }
        }
        return value;
    }

    /** Secret names to keys, as deploy/k8s/examples documents them for the operator to create. */
    static Map<String, Set<String>> documentedSecrets() {
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        yamlFiles.forEach((file, docs) -> {
            if (file.startsWith(deploy.resolve("k8s/examples"))) {
                for (Map<String, Object> d : docs) {
                    if ("Secret".equals(d.get("kind"))) {
                        Set<String> keys = secrets.computeIfAbsent(str(map(d.get("metadata")).get("name")), n -> new TreeSet<>());
                        keys.addAll(map(d.get("stringData")).keySet());
                        keys.addAll(map(d.get("data")).keySet());
                    }
                }
            }
        });
        assertFalse(secrets.isEmpty(), "deploy/k8s/examples documents the Secrets to create");
        return secrets;
    }

    /** The value a container gets for name from its envFrom ConfigMaps or literal env (last wins, like Kubernetes). */
    static String configValue(List<Map<String, Object>> docs, Map<String, Object> container, String name) {
        String value = null;
        for (Object o : list(container.get("envFrom"))) {
            Map<String, Object> ref = map(map(o).get("configMapRef"));
            if (!ref.isEmpty()) {
                Object v = map(find(docs, "ConfigMap", str(ref.get("name"))).get("data")).get(name);
                if (v != null) {
                    value = v.toString();
                }
            }
        }
        for (Object o : list(container.get("env"))) {
            if (name.equals(map(o).get("name")) && map(o).get("value") != null) {
                value = map(o).get("value").toString();
            }
        }
        return value;
    }

    static Map<String, Object> find(List<Map<String, Object>> docs, String kind, String name) {
        return docs.stream().filter(d -> kind.equals(d.get("kind")) && name.equals(map(d.get("metadata")).get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    static Map<String, Object> podSpec(Map<String, Object> deployment) {
        return map(map(map(deployment.get("spec")).get("template")).get("spec"));
    }

    static Map<String, Object> container(Map<String, Object> deployment) {
        List<Object> containers = list(podSpec(deployment).get("containers"));
        assertEquals(1, containers.size(), "one container per pod");
        return map(containers.get(0));
    }

    static Map<String, Object> labels(Map<String, Object> deployment) {
        return map(map(map(deployment.get("spec")).get("selector")).get("matchLabels"));
    }

    static String probePath(Map<String, Object> container, String probe) {
        Map<String, Object> p = map(container.get(probe));
        assertFalse(p.isEmpty(), "missing " + probe);
        return str(map(p.get("httpGet")).get("path"));
    }

    static Set<String> envNames(Object environment) {
        Set<String> names = new TreeSet<>();
        if (environment instanceof Map<?, ?> m) {
            m.keySet().forEach(k -> names.add(k.toString()));
        } else {
            list(environment).forEach(e -> names.add(e.toString().split("=", 2)[0]));
        }
        return names;
    }

    // ---------------------------------------------------------------- helpers: YAML

    static List<Map<String, Object>> parseAll(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        List<Map<String, Object>> docs = new ArrayList<>();
        try {
            for (Object doc : yaml.loadAll(Files.readString(file))) {
                if (doc == null) {
                    continue;
                }
                if (!(doc instanceof Map)) {
                    fail(file + ": a YAML document that is not a mapping");
                }
                docs.add(map(doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new AssertionError(file + " does not parse: " + e.getMessage(), e);
        }
        return docs;
    }

    static Map<String, Object> single(Path file) {
        List<Map<String, Object>> docs = yamlFiles.getOrDefault(file, parseAll(file));
        assertEquals(1, docs.size(), file + ": one document");
        return docs.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List ? (List<Object>) o : List.of();
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static int intValue(Object o) {
        return o instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(o));
    }

    static int mebibytes(Object quantity) {
        String q = String.valueOf(quantity);
        if (q.endsWith("Gi")) {
            return Integer.parseInt(q.substring(0, q.length() - 2)) * 1024;
        }
        assertTrue(q.endsWith("Mi"), "memory in Mi or Gi: " + q);
        return Integer.parseInt(q.substring(0, q.length() - 2));
    }
}
