package gov.qinghai.followup.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;

/**
 * The problem+json answers services raise on purpose; stable {@code type} URIs clients can switch on. Every detail is a
 * {@link Detail} (key and arguments), answered in the request's language (ProblemResponseFilter): there is no overload
 * taking plain text, so no service can raise a detail that stays English in a Chinese answer.
 */
public final class Problems {
    /**
     * Where every type resolves: GET /problems/{type} on the service that answered (ProblemCatalogueResource), a
     * relative reference resolved against the answer's own URI (RFC 9457 §3.1.1).
     */
    public static final String BASE = "/problems/";
    /**
     * The parameter a problem carries its keyed detail in, from where it is raised to ProblemResponseFilter, which
     * renders it and removes the parameter: it never reaches the client.
     */
    public static final String DETAIL_KEY = "x-detail";

    private Problems() {
    }

    public static HttpProblem notFound(String what, Object id) {
        return build(Status.NOT_FOUND, "not-found", "Not Found", Detail.of("detail.not-found", "{0} {1} does not exist",
                new Noun(what), id), null);
    }

    public static HttpProblem badRequest(String field, Detail detail) {
        return build(Status.BAD_REQUEST, "invalid-field", "Bad Request", detail, field);
    }

    public static HttpProblem conflict(Detail detail) {
        return build(Status.CONFLICT, "conflict", "Conflict", detail, null);
    }

    public static HttpProblem staleVersion(String what, long sent, long current) {
        return build(Status.CONFLICT, "stale-version", "Conflict", Detail.of("detail.stale-version",
                "{0} was changed by someone else: you sent version {1}, current is {2}; reload and retry",
                new Noun(what.strip()), sent, current), "version");
    }

    public static HttpProblem forbidden(Detail detail) {
        return build(Status.FORBIDDEN, "forbidden", "Forbidden", detail, null);
    }

    public static HttpProblem unprocessable(String field, Detail detail) {
        return build(422, "unprocessable", "Unprocessable Content", detail, field);
    }

    /**
     * An export larger than the one bound of every export (EXPORT_MAX_ROWS, {@code qinghai.exports.max-rows};
     * common.tables.ExportLimit): refused, never truncated. {@code field} names the parameter that narrows it;
     * {@code narrowing} says how to get the data within the limit, in the request's language like the rest.
     */
    public static HttpProblem exportTooLarge(String field, long rows, long limit, Detail narrowing) {
        Detail detail = Detail.of("detail.export-too-large",
                "the export would hold {0} rows; one export holds at most {1} (EXPORT_MAX_ROWS): {2}", rows, limit,
                narrowing);
        return HttpProblem.builder()
                .withType(URI.create(BASE + "export-too-large"))
                .withTitle("Unprocessable Content")
                .withStatus(422)
                .withDetail(detail.english())
                .with(DETAIL_KEY, detail)
                .with("field", field)
                .with("limit", limit)
                .with("rows", rows)
                .build();
    }

    /**
     * A job worked scope by scope (common.jobs.JobRunLedger#open) stored some scopes and failed on others: those it
     * stored stay stored, the period stays open and a run for the same date again builds only the missing ones.
     * {@code failed} maps each failed scope, as its noun and id ("fair 12"), to why.
     */
    public static HttpProblem jobIncomplete(String job, String period, int stored, java.util.Map<String, String> failed) {
        Detail detail = Detail.of("detail.job-incomplete",
                "{0} for {1} is incomplete: {2} failed ({3}); the {4} stored now stay stored; run the job again for "
                        + "the same date to build only the missing ones", job, period, nouns(failed.keySet()),
                String.join("; ", failed.values()), stored);
        return HttpProblem.builder()
                .withType(URI.create(BASE + "job-incomplete"))
                .withTitle("Internal Server Error")
                .withStatus(500)
                .withDetail(detail.english())
                .with(DETAIL_KEY, detail)
                .with("job", job)
                .with("period", period)
                .with("stored", stored)
                .with("failed", java.util.List.copyOf(failed.keySet()))
                .build();
    }

    /** "fair 3, fair 7" with each leading noun in the answer's language (a pattern of its own, no bundle text). */
    private static Detail nouns(java.util.Collection<String> names) {
        java.util.List<Object> args = names.stream().<Object>map(Noun::new).toList();
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            pattern.append(i == 0 ? "" : ", ").append('{').append(i).append('}');
        }
        return new Detail("detail.job-incomplete.scopes", pattern.toString(), args);
    }

    /** A builder with a keyed detail: the English text now, the request's language when it is answered. */
    public static HttpProblem.Builder withDetail(HttpProblem.Builder builder, Detail detail) {
        return builder.withDetail(detail.english()).with(DETAIL_KEY, detail);
    }

    private static HttpProblem build(Status status, String type, String title, Object detail, String field) {
        return build(status.getStatusCode(), type, title, detail, field);
    }

    private static HttpProblem build(int status, String type, String title, Object detail, String field) {
        HttpProblem.Builder b = HttpProblem.builder()
                .withType(URI.create(BASE + type))
                .withTitle(title)
                .withStatus(status);
        if (detail instanceof Detail d) {
            withDetail(b, d);
        } else {
            b.withDetail((String) detail);
        }
        if (field != null) {
            b.with("field", field);
        }
        return b.build();
    }

    /**
     * The record a detail names ({@code "task group"}, {@code "unit 42"}): its leading noun in the request's language
     * ({@code noun.<noun>} of the bundles), the rest as written.
     */
    record Noun(String what) {
        String render(ProblemLanguage language) {
            String best = null;
            for (String key : ProblemTexts.all(language).keySet()) {
                if (!key.startsWith("noun.")) {
                    continue;
                }
                String noun = key.substring(5);
                if ((what.equals(noun) || what.startsWith(noun + " ") || what.equalsIgnoreCase(noun))
                        && (best == null || noun.length() > best.length())) {
                    best = noun;
                }
            }
            if (best == null) {
                return what;
            }
            return ProblemTexts.text(language, "noun." + best).orElse(best) + what.substring(best.length());
        }

        @Override
        public String toString() {
            return what;
        }
    }
}
