package gov.qinghai.followup.common.problem;

import gov.qinghai.followup.common.privacy.ControlChars;
import gov.qinghai.followup.common.privacy.NationalIdProblemMasking;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The last word on error answers: a 4xx/5xx that leaves the JAX-RS layer without a problem+json body
 * (the JSON reader's bare 400 for an unreadable body, quarkus-rest-jackson's {objectName, attributeName}
 * body for a wrong type) is rewritten as problem+json with the same status and, where known, the field. Its
 * instance (the request path) has ID-like numbers masked, as {@code common.privacy.NationalIdProblemMasking} does
 * for the mappers' problems.
 *
 * <p>Every problem is answered in the request's language ({@link ProblemLanguage}: Chinese unless
 * {@code Accept-Language} prefers English): the title of its type from the catalogue, a keyed {@link Detail} rendered,
 * {@code Content-Language} and {@code Vary: Accept-Language} set. {@code type}, {@code field} and the other machine
 * values never change with the language.
 */
public class ProblemResponseFilter {
    private static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");
    /** The text Jakarta REST gives an exception without a message ("HTTP 405 Method Not Allowed"): no detail. */
    private static final java.util.regex.Pattern FRAMEWORK_DEFAULT = java.util.regex.Pattern.compile("HTTP [1-5]\\d\\d [A-Za-z -]+");

    @ServerResponseFilter(priority = 1)
    public void toProblem(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400) {
            return;
        }
        ProblemLanguage language = ProblemLanguage.negotiate(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (PROBLEM.isCompatible(response.getMediaType())) {
            // problems built with toResponse() bypass the extension's post-processors: the same cleaning here
            if (response.getEntity() instanceof HttpProblem p) {
                response.setEntity(localized(NationalIdProblemMasking.clean(p), status, language), null, PROBLEM);
                languageHeaders(response, language);
            }
            return;
        }
        Object entity = response.getEntity();
        String field = entity == null ? null : attribute(entity);
        if (entity != null && field == null) {
            return;
        }
        String type = defaultType(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.BASE + type);
        problem.put("title", title(type, status, language));
        problem.put("status", status);
        Detail detail = field != null
                ? Detail.of("detail.wrong-type-field", "field '{0}' has the wrong type or format", ControlChars.safe(field))
                : status == 400 ? Detail.of("detail.unreadable-body", "the request body is not the JSON this operation expects")
                        : defaultDetail(status);
        problem.put("detail", ControlChars.safe(detail.render(language)));
        if (field != null) {
            problem.put("field", ControlChars.safe(field));
        }
        problem.put("instance", ControlChars.safe(request.getUriInfo().getPath()));
        response.setEntity(problem, null, PROBLEM);
        languageHeaders(response, language);
    }

    /**
     * The problem in the request's language: the title of its type, its keyed detail rendered (the key removed), and
     * for a problem that came without type or detail (constraint violations, @RolesAllowed, unreadable JSON) both.
     * The field, the violations' fields and every other machine value stay as they are.
     */
    static HttpProblem localized(HttpProblem p, int status, ProblemLanguage language) {
        String type = p.getType() == null ? defaultType(status) : typeName(p.getType().toString());
        String detail;
        if (p.getParameters().get(Problems.DETAIL_KEY) instanceof Detail d) {
            detail = d.render(language);
        } else if (p.getDetail() == null || p.getDetail().isBlank() || FRAMEWORK_DEFAULT.matcher(p.getDetail()).matches()) {
            detail = p.getParameters().containsKey("violations") ? Detail.of("detail.invalid-values",
                    "the request has invalid values: violations names each field and what it must be").render(language)
                    : defaultDetail(status).render(language);
        } else {
            detail = p.getDetail();
        }
        HttpProblem.Builder b = HttpProblem.builder()
                .withType(p.getType() == null ? URI.create(Problems.BASE + type) : p.getType())
                .withTitle(type == null ? ControlChars.safe(p.getTitle()) : title(type, status, language))
                .withStatus(p.getStatusCode())
                .withDetail(ControlChars.safe(detail))
                .withInstance(p.getInstance());
        p.getHeaders().forEach(b::withHeader);
        p.getParameters().forEach((k, v) -> {
            if (!k.equals(Problems.DETAIL_KEY)) {
                b.with(k, v);
            }
        });
        return b.build();
    }

    /** The name of a type of the catalogue's base ({@code /problems/not-found} → {@code not-found}), else null. */
    private static String typeName(String type) {
        return type.startsWith(Problems.BASE) ? type.substring(Problems.BASE.length()) : null;
    }

    /** The catalogue's title of the type, else of the status. */
    static String title(String type, int status, ProblemLanguage language) {
        return ProblemCatalogue.title(type, language).orElseGet(() -> ProblemCatalogue.statusTitle(status, language));
    }

    /** Problem answers depend on Accept-Language: say which language, and that caches must key on it. */
    private static void languageHeaders(ContainerResponseContext response, ProblemLanguage language) {
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag);
        addVary(response);
    }

    public static void addVary(ContainerResponseContext response) {
        Object vary = response.getHeaders().getFirst(HttpHeaders.VARY);
        if (vary == null || vary.toString().isBlank()) {
            response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        } else if (!vary.toString().toLowerCase(java.util.Locale.ROOT).contains("accept-language")) {
            response.getHeaders().putSingle(HttpHeaders.VARY, vary + ", " + HttpHeaders.ACCEPT_LANGUAGE);
        }
    }

    static String defaultType(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            default -> "http-" + status;
        };
    }

    /** Every problem says what happened in words, also when the code that refused gave no detail. */
    static Detail defaultDetail(int status) {
        return switch (status) {
            case 400 -> Detail.of("default.400", "the request cannot be read as this operation expects");
            case 401 -> Detail.of("default.401", "a valid bearer token is required");
            case 403 -> Detail.of("default.403", "the token's role may not perform this operation");
            case 404 -> Detail.of("default.404", "no such resource");
            case 405 -> Detail.of("default.405", "this path does not accept this HTTP method");
            case 406 -> Detail.of("default.406", "the requested media type (Accept) is not offered by this operation");
            case 415 -> Detail.of("default.415", "this operation does not accept the request's Content-Type");
            default -> {
                Response.StatusType t = Response.Status.fromStatusCode(status);
                yield t == null ? Detail.of("default.other", "the request was refused (HTTP {0})", status)
                        : Detail.of("reason." + status, t.getReasonPhrase());
            }
        };
    }

    /** The attributeName of quarkus-rest-jackson's mismatched-input body, if that is what this is. */
    private static String attribute(Object entity) {
        try {
            Method m = entity.getClass().getMethod("getAttributeName");
            Object v = m.invoke(entity);
            return v == null ? "" : v.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
