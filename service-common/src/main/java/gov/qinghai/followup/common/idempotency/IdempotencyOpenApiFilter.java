package gov.qinghai.followup.common.idempotency;

import gov.qinghai.followup.common.openapi.ContractOpenApiFilter;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * Documents the Idempotency-Key header, the replay marker and the 409/422 answers on every POST
 * operation bound to {@link Idempotent}, found in the build-time index, so no resource repeats that description.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyOpenApiFilter implements OASFilter {
    private static final DotName IDEMPOTENT = DotName.createSimple(Idempotent.class);
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName POST = DotName.createSimple("jakarta.ws.rs.POST");

    /** The default of idempotency.retention; the document is built before runtime configuration is read. */
    static final String RETENTION = "24 hours by default";

    private final Set<String> paths = new HashSet<>();

    public IdempotencyOpenApiFilter(IndexView index) {
        for (AnnotationInstance a : index.getAnnotations(IDEMPOTENT)) {
            if (a.target().kind() == AnnotationTarget.Kind.METHOD) {
                add(a.target().asMethod());
            } else if (a.target().kind() == AnnotationTarget.Kind.CLASS) {
                a.target().asClass().methods().forEach(this::add);
            }
        }
    }

    private void add(MethodInfo m) {
        if (m.hasDeclaredAnnotation(POST)) {
            ClassInfo c = m.declaringClass();
            paths.add(template(value(c.declaredAnnotation(PATH)) + "/" + value(m.declaredAnnotation(PATH))));
        }
    }

    private static String value(AnnotationInstance path) {
        return path == null || path.value() == null ? "" : path.value().asString();
    }

    /** "/api/v1//projects/{id: \\d+}/" → "/api/v1/projects/{id}", as the OpenAPI document spells paths. */
    static String template(String raw) {
        String p = ("/" + raw).replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (paths.contains(path) && item.getPOST() != null) {
                document(item.getPOST());
            }
        });
    }

    private static void document(Operation op) {
        boolean present = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> Idempotent.HEADER.equalsIgnoreCase(p.getName()) && p.getIn() == Parameter.In.HEADER);
        if (!present) {
            op.addParameter(OASFactory.createParameter()
                    .name(Idempotent.HEADER)
                    .in(Parameter.In.HEADER)
                    .required(false)
                    .description("Makes a retry safe: per caller and key the first successful answer is stored and "
                            + "a retry gets it again (same status and body, header " + Idempotent.REPLAYED_HEADER
                            + ": true) without a second write. The same key with another body or path gets 422; "
                            + "while the first request is still running a retry waits, then gets 409 with "
                            + "Retry-After. A key is kept " + RETENTION + " from its first request "
                            + "(IDEMPOTENCY_RETENTION): after that the same key is a new request and is applied "
                            + "again. 1–" + Idempotent.MAX_KEY_LENGTH + " visible ASCII characters, e.g. a new UUID per "
                            + "request. No example is given on purpose: Swagger UI would send the same key with every "
                            + "create, and the second create would be refused.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .minLength(1).maxLength(Idempotent.MAX_KEY_LENGTH).pattern("^[\\x21-\\x7E]+$")));
        }
        if (op.getResponses() != null) {
            op.getResponses().getAPIResponses().forEach((code, r) -> {
                if (code.startsWith("2") && (r.getHeaders() == null || !r.getHeaders().containsKey(Idempotent.REPLAYED_HEADER))) {
                    r.addHeader(Idempotent.REPLAYED_HEADER, OASFactory.createHeader()
                            .description("true when this is the stored answer of an earlier request with the same "
                                    + Idempotent.HEADER)
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)));
                }
            });
            addIfMissing(op, "409", "a request with the same " + Idempotent.HEADER + " is still being processed "
                    + "(retry after Retry-After), or the write conflicts with existing data");
            addIfMissing(op, "422", "the " + Idempotent.HEADER + " was already used for a different request, or the "
                    + "input breaks a rule");
        }
    }

    private static void addIfMissing(Operation op, String code, String description) {
        if (op.getResponses().getAPIResponse(code) == null) {
            APIResponse r = OASFactory.createAPIResponse().description(description);
            // filters run in no set order: this answer names the Problem schema itself
            ContractOpenApiFilter.problemContent(r);
            op.getResponses().addAPIResponse(code, r);
        }
    }
}
