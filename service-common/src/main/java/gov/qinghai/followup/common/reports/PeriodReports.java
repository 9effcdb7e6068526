package gov.qinghai.followup.common.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.input.DateWindows;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The use cases of the period-reports API: which kinds a service stores, their versions, and regeneration. A kind
 * is a {@link PeriodReportSource} bean of the service; what is stored is in {@link PeriodReportStore}.
 */
@ApplicationScoped
public class PeriodReports {
    /** The fields each JSON version carries before the report's own, so a reader knows which build it reads. */
    static final Set<String> META = Set.of("kind", "period", "scope", "version", "builtAt", "dataAsOf", "builtBy",
            "reason", "supersededBy");

    @Inject
    Instance<PeriodReportSource> sources;
    @Inject
    PeriodReportStore store;
    @Inject
    DateWindows windows;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;

    public List<PeriodReportSource> kinds() {
        return sources.stream().sorted(Comparator.comparing(PeriodReportSource::kind)).toList();
    }

    /** The kind by name; 404 naming the kinds this service has. */
    public PeriodReportSource source(String kind) {
        return sources.stream().filter(s -> s.kind().equals(kind)).findFirst()
                .orElseThrow(() -> Problems.notFound("period report kind", Detail.of("common.reports.kinds",
                        "{0} (this service has: {1})", kind,
                        kinds().stream().map(PeriodReportSource::kind).collect(Collectors.joining(", ")))));
    }

    /** A period of the kind's form inside the service's window, else 400 naming {@code period}. */
    public PeriodReportSource check(String kind, String period) {
        PeriodReportSource s = source(kind);
        windows.window().requirement(period, s.form().window()).ifPresent(why -> {
            throw Problems.badRequest("period", Detail.of("common.reports.period", "period of a {0} report {1}", kind,
                    why));
        });
        return s;
    }

    public Page<StoredPeriod> list(String kind, String scope, PageQuery page) {
        if (kind != null) {
            source(kind);
        }
        return store.list(kind, scope, page);
    }

    /** Every version of the period, the first first; 404 if the period has none. */
    public List<PeriodReportVersion> versions(String kind, String period, String scope) {
        check(kind, period);
        List<PeriodReportVersion> all = store.versions(kind, period, scope);
        if (all.isEmpty()) {
            throw missing(kind, period, scope);
        }
        return all;
    }

    /** Version {@code n} of the period, its latest if {@code n} is null; 404 if there is no such version. */
    public StoredVersion read(String kind, String period, String scope, Integer n) {
        check(kind, period);
        return store.find(kind, period, scope, n).orElseThrow(() -> n == null ? missing(kind, period, scope)
                : Problems.notFound("version", Detail.of("common.reports.version", "{0} of the {1} report {2}{3}", n,
                        kind, period, scopeText(scope))));
    }

    /**
     * Rebuilds the period from today's data as its next version (the first if it was never built). A period that has
     * not ended has no report yet: 422 naming {@code period}, not a report of half a quarter.
     */
    public PeriodReportVersion regenerate(String kind, String period, String scope, String by, String reason) {
        PeriodReportSource s = check(kind, period);
        LocalDate today = LocalDate.now(clock);
        if (!s.form().lastDay(period).isBefore(today)) {
            throw Problems.unprocessable("period", Detail.of("common.reports.not-ended",
                    "{0} has not ended (today is {1}): its report is built after its last day", period, today));
        }
        return s.regenerate(period, scope, by, reason.strip());
    }

    /**
     * A version as JSON text: its version fields first, then the stored report exactly as stored (no numbers read into
     * doubles and written again: 50.00 stays 50.00), then {@code tail} (more {@code "name":value} pairs) if given.
     */
    public String json(StoredVersion s, String tail) {
        PeriodReportVersion v = s.version();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("kind", v.kind());
        meta.put("period", v.period());
        if (!v.scope().isEmpty()) {
            meta.put("scope", v.scope());
        }
        meta.put("version", v.version());
        meta.put("builtAt", v.builtAt().toString());
        meta.put("dataAsOf", v.dataAsOf().toString());
        meta.put("builtBy", v.builtBy());
        meta.put("reason", v.reason());
        meta.put("supersededBy", v.supersededBy());
        String head;
        try {
            head = mapper.writeValueAsString(meta);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder out = new StringBuilder(head.length() + s.body().length() + 64)
                .append(head, 0, head.length() - 1);
        String body = s.body().strip();
        if (body.length() > 2) {
            out.append(',').append(body, 1, body.length() - 1);
        }
        if (tail != null) {
            out.append(',').append(tail);
        }
        return out.append('}').toString();
    }

    private static RuntimeException missing(String kind, String period, String scope) {
        return Problems.notFound("period report", Detail.of("common.reports.missing",
                "{0}/{1}{2} (built by its scheduled job after the period, or by POST …/regenerate)", kind, period,
                scopeText(scope)));
    }

    /** " (scope 3)" after a period, nothing for a report without scopes. */
    private static Object scopeText(String scope) {
        return scope == null || scope.isEmpty() ? "" : Detail.of("common.reports.scope", " (scope {0})", scope);
    }
}
