package gov.qinghai.followup.common.deploy;

import static gov.qinghai.followup.common.deploy.DeployManifestsTest.deploy;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.map;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.parseAll;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.str;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.yamlFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every manifest validated offline, the way the API server would, with nothing but Maven Central and the repository
 * (no CRD files are kept in the repository, no network, no kubectl needed):
 * <ul>
 * <li>core kinds against the Kubernetes 1.32 API models (io.kubernetes:client-java-api, generated from the API's
 * OpenAPI schema: an unknown field, a missing required field, an object or list where a string goes fail);</li>
 * <li>Gateway API and Prometheus Operator resources against fabric8's typed models (kubernetes-model-gatewayapi,
 * openshift-model-monitoring), read strictly: a field the model lacks, or a string where it wants a number, fails;
 * Gateway API durations are checked against the Duration format of the Gateway API (GEP-2257);</li>
 * <li>CloudNativePG resources against the pinned CRD's openAPIV3Schema WHEN the vendor cache holds it
 * (deploy/bundle/fetch-vendor.sh; VENDOR_CACHE or -Dvendor.cache, every file checked against deploy/k8s/vendor.lock),
 * otherwise against a strict structural schema of exactly the fields the repository uses
 * (src/test/resources/deploy/cloudnative-pg-structural.json). With the cache every pinned CRD's schema is applied too.</li>
 * </ul>
 * Checked: every own YAML file, the base and the overlays rendered (Kustomize, in Java; compared with kubectl kustomize
 * when kubectl is installed), and with -Dmanifests.extra=DIR every YAML file of DIR (the bundle's manifests rewritten for
 * the mirror, deploy/bundle/check-bundle.sh; the CRDs in DIR are applied as schemas).
 */
class ManifestSchemaTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Strict reading of fabric8 models: no string-to-number coercion; unknown fields are caught in {@link #unknownFields}. */
    static final ObjectMapper STRICT = JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    static final List<String> OVERLAYS = List.of("k8s/base", "k8s/overlays/production", "k8s/overlays/ingress-nginx");
    /** Gateway API Duration (GEP-2257), the pattern of the HTTPRoute CRD's timeouts. */
    static final Pattern GATEWAY_DURATION = Pattern.compile("^([0-9]{1,5}(h|m|s|ms)){1,4}$");
    /** group/version/kind of a custom resource to its CRD's schema (from the vendor cache, when present). */
    static Map<String, JsonSchema> crdSchemas;
    /** kind to the structural schema of the CloudNativePG fields the repository uses (without the cache). */
    static Map<String, JsonSchema> cnpgStructural;
    /** the vendor cache, when it holds every file of deploy/k8s/vendor.lock with its checksum; else null. */
    static Path vendorCache;

    @BeforeAll
    static void load() throws Exception {
        DeployManifestsTest.load();
        vendorCache = verifiedVendorCache();
        crdSchemas = new LinkedHashMap<>();
        if (vendorCache != null) {
            crdSchemas.putAll(crdSchemas(vendorCache));
            assertTrue(crdSchemas.containsKey("postgresql.cnpg.io/v1/Cluster"), "the cache's CloudNativePG manifest has the Cluster CRD");
        }
        JsonNode structural = JSON.readTree(ManifestSchemaTest.class.getResourceAsStream("/deploy/cloudnative-pg-structural.json"));
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        cnpgStructural = new LinkedHashMap<>();
        for (String kind : List.of("Cluster", "ScheduledBackup")) {
            ObjectNode schema = ((ObjectNode) structural.get(kind)).deepCopy();
            schema.set("definitions", structural.get("definitions"));
            cnpgStructural.put(kind, factory.getSchema(schema));
        }
    }

    /** The cache named by -Dvendor.cache, VENDOR_CACHE or the default of fetch-vendor.sh, if complete and unchanged. */
    static Path verifiedVendorCache() throws Exception {
        String configured = System.getProperty("vendor.cache", System.getenv("VENDOR_CACHE"));
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getenv().getOrDefault("XDG_CACHE_HOME", System.getProperty("user.home") + "/.cache"), "qinghai-followup", "vendor");
        for (String[] entry : lock()) {
            Path f = dir.resolve(entry[0]);
            if (!Files.isRegularFile(f)) {
                System.out.println("ManifestSchemaTest: no vendor cache at " + dir + " (" + entry[0] + " missing): CloudNativePG checked structurally");
                return null;
            }
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
            assertEquals(entry[2], sha, f + " differs from its SHA-256 in deploy/k8s/vendor.lock: refused");
        }
        System.out.println("ManifestSchemaTest: vendor cache " + dir + " verified: CRD schemas applied");
        return dir;
    }

    /** deploy/k8s/vendor.lock: file, version, sha256, url per line. */
    static List<String[]> lock() throws IOException {
        return Files.readAllLines(deploy.resolve("k8s/vendor.lock")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")).toList();
    }

    static Map<String, JsonSchema> crdSchemas(Path dir) throws IOException {
        Map<String, JsonSchema> schemas = new LinkedHashMap<>();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (Map<String, Object> doc : parseAll(f)) {
                    if (!"CustomResourceDefinition".equals(doc.get("kind"))) {
                        continue;
                    }
                    JsonNode spec = JSON.valueToTree(doc).get("spec");
                    for (JsonNode version : spec.get("versions")) {
                        JsonNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                        strict(schema);
                        schemas.put(spec.get("group").asText() + "/" + version.get("name").asText() + "/"
                                + spec.path("names").get("kind").asText(), factory.getSchema(schema));
                    }
                }
            }
        }
        return schemas;
    }

    @Test
    void everyOwnManifestFileIsValid() {
        List<String> problems = new ArrayList<>();
        yamlFiles.forEach((file, docs) -> docs.forEach(doc -> problems.addAll(validate(file.toString(), doc))));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyRenderedOverlayIsValid() throws Exception {
        for (String overlay : OVERLAYS) {
            List<Map<String, Object>> docs = render(overlay);
            assertFalse(docs.isEmpty(), overlay + " renders nothing");
            List<String> problems = new ArrayList<>();
            docs.forEach(doc -> problems.addAll(validate(overlay, doc)));
            assertTrue(problems.isEmpty(), overlay + ":\n" + String.join("\n", problems));
        }
    }

    /** The Java rendering is what kubectl kustomize renders (skipped, and said so, where kubectl is not installed). */
    @Test
    void theJavaRenderingEqualsKubectlKustomizeWhereKubectlIsInstalled() throws Exception {
        List<String> command = kubectlKustomize(deploy.resolve("k8s/base"));
        Assumptions.assumeTrue(command != null, "neither kubectl nor kustomize on PATH: the Java rendering is not compared");
        for (String overlay : OVERLAYS) {
            Path out = Files.createTempFile("rendered-", ".yaml");
            try {
                Process p = new ProcessBuilder(kubectlKustomize(deploy.resolve(overlay))).redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "kubectl kustomize failed on " + overlay);
                assertEquals(canonical(parseAll(out)), canonical(render(overlay)), overlay + ": Java rendering differs from " + command.get(0));
            } finally {
                Files.deleteIfExists(out);
            }
        }
    }

    /** The Java kustomize refuses what it does not render rather than skipping it. */
    @Test
    void theJavaRenderingRefusesAKustomizationFieldItDoesNotKnow() throws Exception {
        Path dir = Files.createTempDirectory("kustomize-");
        try {
            Files.writeString(dir.resolve("kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamePrefix: x-\n");
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> Kustomize.build(dir));
            assertTrue(e.getMessage().contains("namePrefix"), e.getMessage());
        } finally {
            Files.deleteIfExists(dir.resolve("kustomization.yaml"));
            Files.deleteIfExists(dir);
        }
        assertEquals("reg.example/a/b:2", Kustomize.retag("a/b:1", Map.of("name", "a/b", "newName", "reg.example/a/b", "newTag", "2")));
        assertEquals("a/bc:1", Kustomize.retag("a/bc:1", Map.of("name", "a/b", "newTag", "2")), "another image keeps its tag");
    }

    /** Without the vendor cache the Cluster and ScheduledBackup are checked structurally; with it, by the CRD too. */
    @Test
    void theCloudNativePgResourcesAreCheckedStructurallyOrByThePinnedCrd() throws Exception {
        Map<String, Object> cluster = render("k8s/overlays/production").stream().filter(d -> "Cluster".equals(d.get("kind"))).findFirst().orElseThrow();
        assertEquals(List.of(), validate("test", cluster), "the Cluster itself is valid");
        ObjectNode misspelt = JSON.valueToTree(cluster);
        ((ObjectNode) misspelt.path("spec")).put("instance", 3);
        assertFalse(validate("test", JSON.convertValue(misspelt, Map.class)).isEmpty(), "a misspelt Cluster field");
        ObjectNode badEnum = JSON.valueToTree(cluster);
        ((ObjectNode) badEnum.path("spec").path("backup").path("barmanObjectStore").path("wal")).put("compression", "rar");
        assertFalse(validate("test", JSON.convertValue(badEnum, Map.class)).isEmpty(), "a WAL compression CloudNativePG does not know");
        ObjectNode badRetention = JSON.valueToTree(cluster);
        ((ObjectNode) badRetention.path("spec").path("backup")).put("retentionPolicy", "30 days");
        assertFalse(validate("test", JSON.convertValue(badRetention, Map.class)).isEmpty(), "a retention policy not of the form 30d");
        ObjectNode noInstances = JSON.valueToTree(cluster);
        ((ObjectNode) noInstances.path("spec")).put("instances", "3");
        assertFalse(validate("test", JSON.convertValue(noInstances, Map.class)).isEmpty(), "instances as text");
    }

    /** The bundle's manifests as the install rewrote them for the mirror (deploy/bundle/check-bundle.sh sets it). */
    @Test
    void extraManifestsAreValidWhenGiven() throws IOException {
        String extra = System.getProperty("manifests.extra", "");
        if (extra.isBlank()) {
            return; // nothing given: the other tests cover the repository
        }
        // the bundle carries the CRDs (Gateway API, Prometheus Operator, CloudNativePG): their schemas apply as well
        crdSchemas.putAll(crdSchemas(Path.of(extra)));
        List<String> problems = new ArrayList<>();
        int count = 0;
        try (Stream<Path> files = Files.walk(Path.of(extra))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (Map<String, Object> doc : parseAll(f)) {
                    problems.addAll(validate(f.getFileName().toString(), doc));
                    count++;
                }
            }
        }
        assertTrue(count > 0, "no manifests in " + extra);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        System.out.println("ManifestSchemaTest: " + count + " documents in " + extra + " valid");
    }

    /** The validator refuses what the API server would: misspelt fields, wrong shapes and types, a missing field. */
    @Test
    void theValidatorRefusesAMisspeltFieldAndAWrongType() throws Exception {
        Map<String, Object> deployment = render("k8s/base").stream().filter(d -> "Deployment".equals(d.get("kind"))).findFirst().orElseThrow();
        ObjectNode bad = JSON.valueToTree(deployment);
        ((ObjectNode) bad.path("spec").path("template").path("spec").path("containers").get(0)).put("imagePullPolcy", "Always");
        assertFalse(validate("test", JSON.convertValue(bad, Map.class)).isEmpty(), "a misspelt container field");
        ObjectNode wrongType = JSON.valueToTree(deployment);
        ((ObjectNode) wrongType.path("spec").path("template").path("spec").path("containers").get(0)).putObject("image").put("name", "x");
        assertFalse(validate("test", JSON.convertValue(wrongType, Map.class)).isEmpty(), "an object where a string goes");
        ObjectNode missing = JSON.valueToTree(deployment);
        ((ObjectNode) missing.path("spec")).remove("selector");
        assertFalse(validate("test", JSON.convertValue(missing, Map.class)).isEmpty(), "a required field left out");

        Map<String, Object> route = render("k8s/base").stream().filter(d -> "HTTPRoute".equals(d.get("kind"))).findFirst().orElseThrow();
        ObjectNode badRoute = JSON.valueToTree(route);
        ((ObjectNode) badRoute.path("spec").path("rules").get(0).path("timeouts")).put("requst", "10s");
        assertFalse(validate("test", JSON.convertValue(badRoute, Map.class)).isEmpty(), "a misspelt HTTPRoute field");
        ObjectNode badPort = JSON.valueToTree(route);
        ((ObjectNode) badPort.path("spec").path("rules").get(0).path("backendRefs").get(0)).put("port", "8081");
        assertFalse(validate("test", JSON.convertValue(badPort, Map.class)).isEmpty(), "a string where the CRD wants an integer");
        ObjectNode badTimeout = JSON.valueToTree(route);
        ((ObjectNode) badTimeout.path("spec").path("rules").get(0).path("timeouts")).put("request", "five minutes");
        assertFalse(validate("test", JSON.convertValue(badTimeout, Map.class)).isEmpty(), "a timeout that is no Gateway API duration");
        assertEquals(List.of(), validate("test", route), "the route itself is valid");
    }

    // ---------------------------------------------------------------- validation

    /** Problems of one document (empty when valid). Kustomize's own files are not Kubernetes objects. */
    static List<String> validate(String where, Map<String, Object> doc) {
        String kind = str(doc.get("kind"));
        String apiVersion = str(doc.get("apiVersion"));
        if (kind == null || doc.containsKey("services") || String.valueOf(apiVersion).startsWith("kustomize.config.k8s.io/")) {
            return List.of();
        }
        String name = where + ": " + kind + " " + map(doc.get("metadata")).get("name");
        String version = apiVersion.contains("/") ? apiVersion.substring(apiVersion.indexOf('/') + 1) : apiVersion;
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        List<String> problems = new ArrayList<>();
        JsonSchema crd = crdSchemas.get(group + "/" + version + "/" + kind);
        if (crd != null) {
            crd.validate(JSON.valueToTree(doc)).stream().map(e -> name + ": " + e.getMessage()).sorted().forEach(problems::add);
        }
        String typed = switch (group) {
            case "gateway.networking.k8s.io" -> "io.fabric8.kubernetes.api.model.gatewayapi." + version + "." + kind;
            case "monitoring.coreos.com" -> "io.fabric8.openshift.api.model.monitoring." + version + "." + kind;
            default -> null;
        };
        if (typed != null) {
            problems.addAll(typedModel(name, typed, doc));
            if ("HTTPRoute".equals(kind)) {
                problems.addAll(gatewayDurations(name, doc));
            }
            return problems;
        }
        if ("postgresql.cnpg.io".equals(group)) {
            JsonSchema structural = cnpgStructural.get(kind);
            if (crd == null && structural == null) {
                problems.add(name + ": no structural schema for " + kind + " and no vendor cache with the CloudNativePG CRDs");
            } else if (crd == null) {
                structural.validate(JSON.valueToTree(doc)).stream().map(e -> name + ": " + e.getMessage()).sorted().forEach(problems::add);
            }
            return problems;
        }
        if (crd != null) {
            return problems;
        }
        String model = "io.kubernetes.client.openapi.models." + version.substring(0, 1).toUpperCase(Locale.ROOT) + version.substring(1) + kind;
        try {
            JsonElement json = JsonParser.parseString(JSON.writeValueAsString(doc));
            Class.forName(model).getMethod("validateJsonElement", JsonElement.class).invoke(null, json);
            return List.of();
        } catch (ClassNotFoundException e) {
            return List.of(name + ": no schema for " + apiVersion + " " + kind + " (neither a Kubernetes 1.32 kind nor a typed or pinned custom resource)");
        } catch (InvocationTargetException e) {
            String message = String.valueOf(e.getCause().getMessage());
            return List.of(name + ": " + message.substring(0, Math.min(300, message.length())));
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document read into its fabric8 model: wrong types fail, and any field the model lacks is named. */
    static List<String> typedModel(String name, String className, Map<String, Object> doc) {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            return List.of(name + ": no typed model " + className);
        }
        Object value;
        try {
            value = STRICT.convertValue(doc, type);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            return List.of(name + ": " + message.substring(0, Math.min(300, message.length())));
        }
        List<String> problems = new ArrayList<>();
        unknownFields(value, "", problems);
        return problems.stream().map(p -> name + ": unknown field " + p).toList();
    }

    /** fabric8 models keep fields they do not define in additionalProperties; any there is a field the API refuses. */
    static void unknownFields(Object node, String path, List<String> problems) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> c) {
            int i = 0;
            for (Object o : c) {
                unknownFields(o, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> unknownFields(v, path + "." + k, problems));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object value = getter.invoke(node);
                if ("getAdditionalProperties".equals(getter.getName())) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(k -> problems.add(path + "." + k));
                    }
                } else if (value != null && !(value instanceof Class<?>)) {
                    String field = getter.getName().substring(3);
                    unknownFields(value, path + "." + Character.toLowerCase(field.charAt(0)) + field.substring(1), problems);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(getter.toString(), e);
            }
        }
    }

    /** Gateway API durations (GEP-2257) of an HTTPRoute's rules: what its CRD's pattern allows. */
    static List<String> gatewayDurations(String name, Map<String, Object> doc) {
        List<String> problems = new ArrayList<>();
        for (Object rule : DeployManifestsTest.list(map(doc.get("spec")).get("rules"))) {
            map(map(rule).get("timeouts")).forEach((k, v) -> {
                if (!GATEWAY_DURATION.matcher(String.valueOf(v)).matches()) {
                    problems.add(name + ": timeouts." + k + " '" + v + "' is no Gateway API duration (e.g. 300s, 1m30s)");
                }
            });
        }
        return problems;
    }

    /**
     * Kubernetes prunes or refuses fields a structural schema does not name; here every object schema that lists
     * properties and neither allows others nor keeps unknown fields refuses them (kubeconform's strict mode).
     */
    static void strict(JsonNode schema) {
        if (schema.isObject()) {
            ObjectNode node = (ObjectNode) schema;
            if (node.has("properties") && !node.has("additionalProperties")
                    && !node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                node.put("additionalProperties", false);
            }
            node.elements().forEachRemaining(ManifestSchemaTest::strict);
        } else if (schema.isArray()) {
            schema.elements().forEachRemaining(ManifestSchemaTest::strict);
        }
    }

    /** The overlay rendered by the Java kustomize subset (no kubectl needed). */
    static List<Map<String, Object>> render(String overlay) throws IOException {
        return Kustomize.build(deploy.resolve(overlay));
    }

    /** Documents as a sorted list of canonical JSON (kustomize orders its output by kind; the comparison does not care). */
    static List<String> canonical(List<Map<String, Object>> docs) {
        ObjectMapper sorted = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
        return docs.stream().map(d -> {
            try {
                return sorted.writeValueAsString(sorted.convertValue(d, Object.class));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
    }

    /** kubectl kustomize, else kustomize build, when installed; null otherwise. */
    static List<String> kubectlKustomize(Path dir) {
        for (String path : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(path, "kubectl"))) {
                return List.of(Path.of(path, "kubectl").toString(), "kustomize", dir.toString());
            }
            if (Files.isExecutable(Path.of(path, "kustomize"))) {
                return List.of(Path.of(path, "kustomize").toString(), "build", dir.toString());
            }
        }
        return null;
    }
}
