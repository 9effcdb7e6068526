package gov.qinghai.followup.common.deploy;

import static gov.qinghai.followup.common.deploy.DeployManifestsTest.parseAll;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The part of kustomize (v5) this repository's kustomizations use, in Java, so that the manifests can be rendered and
 * validated on a machine without kubectl or kustomize (a fresh CI runner): resources (files and directories),
 * components, namespace, labels (pairs, includeSelectors false, includeTemplates), images (newName, newTag, digest),
 * patches inline (a JSON 6902 list with a target; a strategic-merge patch that deletes an object or merges maps).
 * Anything else in a kustomization.yaml is refused, never skipped: an unsupported field would render something other
 * than what kubectl applies. ManifestSchemaTest compares this rendering with kubectl kustomize whenever kubectl (or
 * kustomize) is installed, so the two cannot drift unnoticed.
 */
final class Kustomize {
    private static final Set<String> KNOWN = Set.of("apiVersion", "kind", "namespace", "labels", "resources",
            "components", "images", "patches");
    /** Kinds without a namespace (kustomize leaves them alone); custom resources here are all namespaced. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "GatewayClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "IngressClass");
    private static final Set<String> TEMPLATED = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Kustomize() {
    }

    static List<Map<String, Object>> build(Path dir) throws IOException {
        Map<String, Object> k = kustomization(dir, "Kustomization");
        List<Map<String, Object>> docs = new ArrayList<>();
        addResources(dir, k, docs);
        for (Object c : list(k.get("components"))) {
            Path comp = dir.resolve(String.valueOf(c)).normalize();
            Map<String, Object> ck = kustomization(comp, "Component");
            addResources(comp, ck, docs);
            transform(ck, docs);
        }
        transform(k, docs);
        return docs;
    }

    private static Map<String, Object> kustomization(Path dir, String kind) throws IOException {
        List<Map<String, Object>> docs = parseAll(dir.resolve("kustomization.yaml"));
        if (docs.size() != 1) {
            throw new IllegalArgumentException(dir + "/kustomization.yaml: one document expected");
        }
        Map<String, Object> k = docs.get(0);
        if (!kind.equals(k.get("kind"))) {
            throw new IllegalArgumentException(dir + ": kind " + k.get("kind") + ", expected " + kind);
        }
        for (String key : k.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new UnsupportedOperationException(dir + "/kustomization.yaml: '" + key
                        + "' is not rendered by this test's kustomize subset (add it to Kustomize.java, checked against kubectl)");
            }
        }
        return k;
    }

    private static void addResources(Path dir, Map<String, Object> k, List<Map<String, Object>> docs) throws IOException {
        for (Object r : list(k.get("resources"))) {
            Path p = dir.resolve(String.valueOf(r)).normalize();
            if (Files.isDirectory(p)) {
                docs.addAll(build(p));
            } else {
                parseAll(p).stream().filter(Objects::nonNull).filter(d -> !d.isEmpty()).forEach(docs::add);
            }
        }
    }

    /** Patches, then namespace, labels and images, the order kustomize applies its built-in transformers in. */
    private static void transform(Map<String, Object> k, List<Map<String, Object>> docs) {
        for (Object p : list(k.get("patches"))) {
            patch(map(p), docs);
        }
        if (k.get("namespace") != null) {
            String ns = String.valueOf(k.get("namespace"));
            docs.stream().filter(d -> !CLUSTER_SCOPED.contains(d.get("kind"))).forEach(d -> metadata(d).put("namespace", ns));
        }
        for (Object l : list(k.get("labels"))) {
            Map<String, Object> spec = map(l);
            if (Boolean.TRUE.equals(spec.get("includeSelectors"))) {
                throw new UnsupportedOperationException("labels with includeSelectors: true");
            }
            Map<String, Object> pairs = map(spec.get("pairs"));
            for (Map<String, Object> d : docs) {
                labels(metadata(d)).putAll(pairs);
                if (Boolean.TRUE.equals(spec.get("includeTemplates")) && TEMPLATED.contains(d.get("kind"))) {
                    labels(metadata(map(map(d.get("spec")).get("template")))).putAll(pairs);
                }
            }
        }
        for (Object i : list(k.get("images"))) {
            Map<String, Object> img = map(i);
            docs.forEach(d -> images(d, img));
        }
    }

    @SuppressWarnings("unchecked")
    private static void patch(Map<String, Object> spec, List<Map<String, Object>> docs) {
        if (spec.containsKey("path")) {
            throw new UnsupportedOperationException("patches with path: (inline patch: only)");
        }
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(new StringReader(String.valueOf(spec.get("patch"))));
        Map<String, Object> target = spec.get("target") == null ? null : map(spec.get("target"));
        if (parsed instanceof List<?> ops) {
            if (target == null) {
                throw new IllegalArgumentException("a JSON 6902 patch needs a target");
            }
            docs.stream().filter(d -> matches(d, target)).forEach(d -> ops.forEach(op -> jsonPatch(d, map(op))));
            return;
        }
        Map<String, Object> smp = (Map<String, Object>) parsed;
        Map<String, Object> select = target != null ? target
                : Map.of("kind", smp.get("kind"), "name", "^" + Pattern.quote(String.valueOf(metadata(smp).get("name"))) + "$");
        if ("delete".equals(smp.get("$patch"))) {
            docs.removeIf(d -> matches(d, select));
        } else {
            docs.stream().filter(d -> matches(d, select)).forEach(d -> merge(d, smp));
        }
    }

    private static boolean matches(Map<String, Object> d, Map<String, Object> target) {
        for (Map.Entry<String, Object> e : target.entrySet()) {
            String want = String.valueOf(e.getValue());
            String have = switch (e.getKey()) {
                case "kind" -> String.valueOf(d.get("kind"));
                case "name" -> String.valueOf(metadata(d).get("name"));
                case "namespace" -> String.valueOf(metadata(d).get("namespace"));
                case "group", "version" -> {
                    String av = String.valueOf(d.get("apiVersion"));
                    int slash = av.indexOf('/');
                    yield "group".equals(e.getKey()) ? (slash < 0 ? "" : av.substring(0, slash)) : av.substring(slash + 1);
                }
                default -> throw new UnsupportedOperationException("patch target field " + e.getKey());
            };
            // kustomize matches target names and kinds as anchored regular expressions
            if (!Pattern.compile("^(?:" + want + ")$").matcher(have).matches()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void jsonPatch(Map<String, Object> doc, Map<String, Object> op) {
        String[] path = String.valueOf(op.get("path")).substring(1).split("/", -1);
        Object parent = doc;
        for (int i = 0; i < path.length - 1; i++) {
            parent = child(parent, unescape(path[i]), op);
        }
        String last = unescape(path[path.length - 1]);
        Object value = JSON.convertValue(op.get("value"), Object.class);
        switch (String.valueOf(op.get("op"))) {
            case "replace" -> {
                if (parent instanceof List<?> l) {
                    ((List<Object>) l).set(Integer.parseInt(last), value);
                } else if (((Map<String, Object>) parent).containsKey(last)) {
                    ((Map<String, Object>) parent).put(last, value);
                } else {
                    throw new IllegalArgumentException("replace of a missing path " + op.get("path") + " in " + metadata(doc).get("name"));
                }
            }
            case "add" -> {
                if (parent instanceof List<?> l) {
                    if ("-".equals(last)) {
                        ((List<Object>) l).add(value);
                    } else {
                        ((List<Object>) l).add(Integer.parseInt(last), value);
                    }
                } else {
                    ((Map<String, Object>) parent).put(last, value);
                }
            }
            case "remove" -> {
                Object gone = parent instanceof List<?> l ? ((List<Object>) l).remove(Integer.parseInt(last))
                        : ((Map<String, Object>) parent).remove(last);
                if (gone == null) {
                    throw new IllegalArgumentException("remove of a missing path " + op.get("path"));
                }
            }
            default -> throw new UnsupportedOperationException("JSON patch op " + op.get("op"));
        }
    }

    private static Object child(Object parent, String key, Map<String, Object> op) {
        Object next = parent instanceof List<?> l ? l.get(Integer.parseInt(key)) : map(parent).get(key);
        if (next == null) {
            throw new IllegalArgumentException("no " + key + " on the path " + op.get("path"));
        }
        return next;
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> patch) {
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            Object have = into.get(e.getKey());
            if (e.getValue() instanceof Map<?, ?> m && have instanceof Map<?, ?>) {
                merge((Map<String, Object>) have, (Map<String, Object>) m);
            } else if (e.getValue() instanceof List<?> l && l.stream().anyMatch(x -> x instanceof Map)) {
                // strategic merge of lists of objects goes by each list's merge key: not part of this subset
                throw new UnsupportedOperationException("strategic-merge patch of a list of objects (" + e.getKey() + ")");
            } else {
                into.put(e.getKey(), e.getValue());
            }
        }
    }

    /** kustomize's images transformer: every image of a container or init container whose name matches. */
    @SuppressWarnings("unchecked")
    private static void images(Object node, Map<String, Object> img) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                if (("containers".equals(e.getKey()) || "initContainers".equals(e.getKey())) && e.getValue() instanceof List<?> cs) {
                    for (Object c : cs) {
                        Map<String, Object> container = map(c);
                        if (container.get("image") instanceof String image) {
                            container.put("image", retag(image, img));
                        }
                    }
                }
                images(e.getValue(), img);
            }
        } else if (node instanceof List<?> l) {
            l.forEach(x -> images(x, img));
        }
    }

    static String retag(String image, Map<String, Object> img) {
        String name = image;
        String suffix = "";
        int at = image.indexOf('@');
        int colon = image.lastIndexOf(':');
        if (at >= 0) {
            name = image.substring(0, at);
            suffix = image.substring(at);
        } else if (colon > image.lastIndexOf('/')) {
            name = image.substring(0, colon);
            suffix = image.substring(colon);
        }
        if (!name.equals(img.get("name"))) {
            return image;
        }
        String newName = img.get("newName") != null ? String.valueOf(img.get("newName")) : name;
        if (img.get("digest") != null) {
            return newName + "@" + img.get("digest");
        }
        return newName + (img.get("newTag") != null ? ":" + img.get("newTag") : suffix);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> d) {
        return (Map<String, Object>) d.computeIfAbsent("metadata", x -> new LinkedHashMap<String, Object>());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> labels(Map<String, Object> metadata) {
        return (Map<String, Object>) metadata.computeIfAbsent("labels", x -> new LinkedHashMap<String, Object>());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException("an object expected, got " + o);
    }

    private static List<?> list(Object o) {
        return o == null ? List.of() : (List<?>) o;
    }
}
