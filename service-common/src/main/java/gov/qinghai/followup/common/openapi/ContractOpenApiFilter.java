package gov.qinghai.followup.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The parts of the contract every service shares, applied to the finished document so no resource repeats them:
 * <ul>
 * <li>operationIds of the operations service-common contributes to every service (jobs, outbox) get the service's
 * name after their verb ({@code listOutboxMessages} → {@code listProjectTrackingOutboxMessages}), so ids stay unique
 * across the four documents and the generated clients of two services can sit in one program;</li>
 * <li>an optional query parameter carries no {@code example}: Swagger UI's "Try it out" fills examples in and sends
 * them, which silently narrows a list. The example moves into the description (and {@code x-example});</li>
 * <li>roles are stated in the description and {@code x-roles}, not as scopes of the bearer scheme (an {@code http}
 * scheme has no scopes; linters and generators reject them);</li>
 * <li>every 4xx/5xx answer names the one RFC 9457 {@code Problem} schema as {@code application/problem+json};</li>
 * <li>a page of X is named {@code XPage}, never {@code PageView1};</li>
 * <li>a CSV or XLSX answer is typed as a string (binary for XLSX), and every 201 documents {@code Location}.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractOpenApiFilter implements OASFilter {
    /** The operationIds service-common's own resources declare; they appear in every service's document. */
    public static final Set<String> SHARED_OPERATION_IDS = Set.of("listJobs", "runJob", "listJobRuns",
            "listOutboxMessages", "getOutboxMessage", "getOutboxMessageHistory", "retryOutboxMessage",
            "cancelOutboxMessage", "listProblemTypes", "getProblemType", "getOperation", "listOperations", "listPeriodReports",
            "getPeriodReport", "listPeriodReportVersions", "getPeriodReportVersion", "regeneratePeriodReport",
            "createSubscription", "listSubscriptions", "getSubscription", "rotateSubscriptionSecret", "pauseSubscription",
            "resumeSubscription", "getSubscriptionHistory", "listEvents");
    public static final String PROBLEM = "Problem";
    public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String SCHEME = "bearer";
    static final String REF_PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        String service = serviceNoun(ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class)
                .orElse(""));
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        components.addSchema(PROBLEM, problemSchema());
        securityScheme(components);
        Map<String, String> renames = pageRenames(components);
        // quarkus-resteasy-problem documents its own two problem schemas: the one Problem schema stands for both
        for (String other : List.of("HttpProblem", "HttpValidationProblem")) {
            if (components.getSchemas() != null && components.getSchemas().containsKey(other)) {
                components.removeSchema(other);
                renames.put(other, PROBLEM);
            }
        }
        renames.forEach((from, to) -> {
            Schema s = components.getSchemas().get(from);
            if (s != null) {
                components.removeSchema(from);
                components.addSchema(to, s);
            }
        });
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(s -> rewriteRefs(s, renames, seen));
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            if (op.getOperationId() != null && SHARED_OPERATION_IDS.contains(op.getOperationId())) {
                op.setOperationId(qualify(op.getOperationId(), service));
            }
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> {
                    rewriteRefs(p.getSchema(), renames, seen);
                    if (p.getIn() == Parameter.In.QUERY && !Boolean.TRUE.equals(p.getRequired())) {
                        moveExampleToDescription(p);
                    }
                });
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values()
                        .forEach(m -> rewriteRefs(m.getSchema(), renames, seen));
            }
            roles(op);
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().forEach((code, r) -> {
                    if (r.getRef() != null) {
                        return; // a shared response of components.responses (e.g. SubscriptionNotFound): complete there
                    }
                    if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                        r.getContent().getMediaTypes().forEach((type, m) -> {
                            rewriteRefs(m.getSchema(), renames, seen);
                            fileSchema(type, m);
                        });
                    }
                    if (code.startsWith("4") || code.startsWith("5")) {
                        problemContent(r);
                    }
                    if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                        r.getContent().getMediaTypes().values().forEach(m -> nullsFromExamples(m, components));
                    }
                    if (code.equals("201") && (r.getHeaders() == null || !r.getHeaders().containsKey("Location"))) {
                        r.addHeader("Location", OASFactory.createHeader()
                                .description("where the created record is read: its own URI, or, for a record "
                                        + "without one, the list it appears in")
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
                    }
                });
            }
        }));
        removeUnused(api, components);
    }

    /** Drops the component schemas no operation reaches (e.g. an enum only the entity uses). */
    static void removeUnused(OpenAPI api, Components components) {
        if (components.getSchemas() == null || api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> reached = new java.util.HashSet<>();
        java.util.Deque<Schema> todo = new java.util.LinkedList<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> todo.add(p.getSchema()));
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> todo.add(m.getSchema()));
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> {
                    if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                        r.getContent().getMediaTypes().values().forEach(m -> todo.add(m.getSchema()));
                    }
                    if (r.getHeaders() != null) {
                        r.getHeaders().values().forEach(h -> todo.add(h.getSchema()));
                    }
                });
            }
        }));
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Schema x = todo.poll();
            if (x == null || !seen.add(x)) {
                continue;
            }
            if (x.getRef() != null && x.getRef().startsWith(REF_PREFIX)) {
                String name = x.getRef().substring(REF_PREFIX.length());
                if (reached.add(name) && components.getSchemas().get(name) != null) {
                    todo.add(components.getSchemas().get(name));
                }
            }
            if (x.getProperties() != null) {
                todo.addAll(x.getProperties().values());
            }
            todo.add(x.getItems());
            todo.add(x.getAdditionalPropertiesSchema());
            todo.add(x.getNot());
            for (List<Schema> list : java.util.Arrays.asList(x.getAllOf(), x.getAnyOf(), x.getOneOf())) {
                if (list != null) {
                    todo.addAll(list);
                }
            }
        }
        new ArrayList<>(components.getSchemas().keySet()).stream().filter(n -> !reached.contains(n))
                .forEach(components::removeSchema);
    }

    /**
     * A property an answer's example shows as null may be null: its schema says so (type null added; a $ref to a
     * plain string schema such as UUID or Instant is inlined first, since the referenced schema itself is not
     * nullable). Without it a validating client, or a linter, refuses the service's real answers.
     */
    static void nullsFromExamples(MediaType m, Components components) {
        if (m.getExamples() == null) {
            return;
        }
        m.getExamples().values().forEach(e -> walkExample(toTree(e.getValue()), m.getSchema(), components, 0));
    }

    private static com.fasterxml.jackson.databind.JsonNode toTree(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof com.fasterxml.jackson.databind.JsonNode n) {
            return n;
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try {
            return value instanceof String text ? json.readTree(text) : json.valueToTree(value);
        } catch (Exception notJson) {
            return null;
        }
    }

    private static void walkExample(com.fasterxml.jackson.databind.JsonNode value, Schema schema, Components components,
            int depth) {
        if (value == null || schema == null || depth > 8) {
            return;
        }
        Schema s = resolve(schema, components);
        if (value.isArray() && s.getItems() != null) {
            value.forEach(v -> walkExample(v, s.getItems(), components, depth + 1));
        } else if (value.isObject() && s.getProperties() != null) {
            value.fields().forEachRemaining(f -> {
                Schema prop = s.getProperties().get(f.getKey());
                if (prop == null) {
                    return;
                }
                if (f.getValue().isNull()) {
                    nullable(prop, components);
                } else {
                    walkExample(f.getValue(), prop, components, depth + 1);
                }
            });
        }
    }

    private static Schema resolve(Schema s, Components components) {
        for (int i = 0; i < 5 && s.getRef() != null && s.getRef().startsWith(REF_PREFIX) && components.getSchemas() != null; i++) {
            Schema target = components.getSchemas().get(s.getRef().substring(REF_PREFIX.length()));
            if (target == null) {
                break;
            }
            s = target;
        }
        return s;
    }

    private static void nullable(Schema prop, Components components) {
        if (prop.getRef() != null) {
            Schema target = resolve(prop, components);
            boolean plain = target.getProperties() == null && target.getItems() == null && target.getType() != null;
            if (plain) {
                prop.setRef(null);
                prop.setType(new ArrayList<>(target.getType()));
                if (prop.getFormat() == null) {
                    prop.setFormat(target.getFormat());
                }
                if (prop.getPattern() == null) {
                    prop.setPattern(target.getPattern());
                }
                if (target.getEnumeration() != null && prop.getEnumeration() == null) {
                    prop.setEnumeration(new ArrayList<>(target.getEnumeration()));
                }
            } else {
                String ref = prop.getRef();
                prop.setRef(null);
                prop.setType(null);
                prop.setAnyOf(new ArrayList<>(List.of(OASFactory.createSchema().ref(ref),
                        OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
                return;
            }
        }
        if (prop.getType() != null && !prop.getType().isEmpty() && !prop.getType().contains(Schema.SchemaType.NULL)) {
            prop.addType(Schema.SchemaType.NULL);
        }
        if (prop.getEnumeration() != null && !prop.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(prop.getEnumeration());
            values.add(null);
            prop.setEnumeration(values);
        }
    }

    /** "project-tracking-service" → "ProjectTracking". */
    static String serviceNoun(String applicationName) {
        StringBuilder b = new StringBuilder();
        for (String part : applicationName.replaceFirst("-service$", "").split("[-_.]")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    /** ("listOutboxMessages", "ActionPlan") → "listActionPlanOutboxMessages": the verb stays first. */
    static String qualify(String operationId, String service) {
        int i = 0;
        while (i < operationId.length() && Character.isLowerCase(operationId.charAt(i))) {
            i++;
        }
        return operationId.substring(0, i) + service + operationId.substring(i);
    }

    static void moveExampleToDescription(Parameter p) {
        Object example = p.getExample();
        if (example == null && p.getExamples() != null && !p.getExamples().isEmpty()) {
            example = p.getExamples().values().iterator().next().getValue();
        }
        Object schemaExample = null;
        if (p.getSchema() != null && p.getSchema().getRef() == null) {
            schemaExample = p.getSchema().getExample();
            if (schemaExample == null && p.getSchema().getExamples() != null && !p.getSchema().getExamples().isEmpty()) {
                schemaExample = p.getSchema().getExamples().get(0);
            }
        }
        if (example == null) {
            example = schemaExample;
        }
        p.setExample(null);
        p.setExamples(null);
        if (p.getSchema() != null && p.getSchema().getRef() == null) {
            p.getSchema().setExample(null);
            p.getSchema().setExamples(null);
        }
        if (example != null) {
            String d = p.getDescription() == null || p.getDescription().isBlank() ? "" : p.getDescription().strip();
            String e = "e.g. " + example;
            if (!d.contains(e)) {
                p.setDescription(d.isEmpty() ? "Optional; " + e + "." : d + (d.endsWith(".") ? " " : ". ") + "Optional; "
                        + e + ".");
            }
            p.addExtension("x-example", example);
            if (schemaExample != null) {
                // where the example stood: tools reading the schema (service-common's test harness) find it again
                p.addExtension("x-schema-example", schemaExample);
            }
        }
    }

    /** Roles into the description and x-roles; the security requirement keeps the scheme with no scopes. */
    static void roles(Operation op) {
        if (op.getSecurity() == null) {
            return;
        }
        List<String> roles = new ArrayList<>();
        List<SecurityRequirement> plain = new ArrayList<>();
        for (SecurityRequirement req : op.getSecurity()) {
            SecurityRequirement copy = OASFactory.createSecurityRequirement();
            if (req.getSchemes() != null) {
                req.getSchemes().forEach((name, scopes) -> {
                    if (scopes != null) {
                        scopes.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
                    }
                    copy.addScheme(name);
                });
            }
            plain.add(copy);
        }
        op.setSecurity(plain);
        if (plain.isEmpty()) {
            return;
        }
        op.addExtension("x-roles", roles);
        String line = roles.isEmpty() ? "Roles: any authenticated caller." : "Roles: " + String.join(", ", roles) + ".";
        String d = op.getDescription() == null || op.getDescription().isBlank() ? "" : op.getDescription().strip();
        if (!d.contains(line)) {
            op.setDescription(d.isEmpty() ? line : d + "\n\n" + line);
        }
    }

    /** A CSV or XLSX answer is a file: typed as such, so a generated client returns bytes or text, not Object. */
    static void fileSchema(String mediaType, MediaType m) {
        if (m.getSchema() != null || mediaType.contains("json")) {
            return;
        }
        Schema file = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        if (!mediaType.startsWith("text/")) {
            file.format("binary");
        }
        m.setSchema(file);
    }

    static void securityScheme(Components components) {
        SecurityScheme scheme = components.getSecuritySchemes() == null ? null : components.getSecuritySchemes().get(SCHEME);
        if (scheme == null) {
            scheme = OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT");
            components.addSecurityScheme(SCHEME, scheme);
        }
        scheme.setDescription("A JWT from the province's single sign-on (issuer JWT_ISSUER), sent as "
                + "`Authorization: Bearer <token>`. Its `groups` claim holds the caller's roles: admin, supervisor, "
                + "reporter, viewer; a reporter also carries its unit. Each operation's description ends with the "
                + "roles it accepts (also in x-roles); another role gets 403, no or a bad token 401.");
    }

    /** Names the Problem schema as the answer's application/problem+json body, unless it has a body already. */
    public static void problemContent(APIResponse r) {
        Schema ref = OASFactory.createSchema().ref(REF_PREFIX + PROBLEM);
        if (r.getContent() == null || r.getContent().getMediaTypes() == null || r.getContent().getMediaTypes().isEmpty()) {
            r.setContent(OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                    OASFactory.createMediaType().schema(ref)));
            return;
        }
        MediaType m = r.getContent().getMediaType(PROBLEM_MEDIA_TYPE);
        if (m != null && m.getSchema() == null) {
            m.setSchema(ref);
        }
    }

    /** RFC 9457 problem details as every service answers them (common.problem.Problems). */
    static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (application/problem+json). `type` resolves to the problem "
                        + "catalogue (GET /problems/{type}: what it means and what a client should do).")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")
                        .description("identifies the kind of problem; open it for its meaning")
                        .example("/problems/invalid-field"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("short summary of the kind of problem").example("Bad Request"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("the HTTP status code").example(400))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("what went wrong with this request").example("size must be at most 200"))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")
                        .description("the request path").example("/api/v1/projects"))
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the input field at fault, when one is").example("size"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("every invalid field, for a validation problem")
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                                .addProperty("in", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))))
                .additionalPropertiesSchema(OASFactory.createSchema());
    }

    /** Schemas shaped as common.paging.Page (items, page, size, total) are named after their item: "UnitPage". */
    static Map<String, String> pageRenames(Components components) {
        Map<String, String> out = new LinkedHashMap<>();
        if (components.getSchemas() == null) {
            return out;
        }
        Set<String> names = components.getSchemas().keySet();
        components.getSchemas().forEach((name, s) -> {
            Map<String, Schema> props = s.getProperties();
            // SmallRye names Page<View> "PageView" and a second one "PageView1"; names given on purpose stay
            if (!name.startsWith("Page") || props == null
                    || !props.keySet().containsAll(List.of("items", "page", "size", "total"))) {
                return;
            }
            Schema items = props.get("items").getItems();
            if (items == null || items.getRef() == null) {
                return;
            }
            String item = items.getRef().substring(items.getRef().lastIndexOf('/') + 1);
            String target = item + "Page";
            if (!target.equals(name) && !names.contains(target) && !out.containsValue(target)) {
                out.put(name, target);
            }
        });
        return out;
    }

    static void rewriteRefs(Schema s, Map<String, String> renames, Set<Schema> seen) {
        if (s == null || renames.isEmpty() || !seen.add(s)) {
            return;
        }
        if (s.getRef() != null && s.getRef().startsWith(REF_PREFIX)) {
            String to = renames.get(s.getRef().substring(REF_PREFIX.length()));
            if (to != null) {
                s.setRef(REF_PREFIX + to);
            }
        }
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> rewriteRefs(p, renames, seen));
        }
        rewriteRefs(s.getItems(), renames, seen);
        rewriteRefs(s.getAdditionalPropertiesSchema(), renames, seen);
        for (List<Schema> list : java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
            if (list != null) {
                list.forEach(x -> rewriteRefs(x, renames, seen));
            }
        }
        rewriteRefs(s.getNot(), renames, seen);
    }
}
