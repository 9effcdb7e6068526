package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.common.problem.Detail;
import java.time.Clock;
import gov.qinghai.followup.actionplan.config.PeersConfig;
import gov.qinghai.followup.actionplan.domain.Comparator;
import gov.qinghai.followup.actionplan.domain.Indicator;
import gov.qinghai.followup.actionplan.domain.LinkedSource;
import gov.qinghai.followup.actionplan.domain.Numbers;
import gov.qinghai.followup.actionplan.domain.ReportingCalendar;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.LinkedFigures;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Fetches an indicator measured by a peer service. On any failure (down, slow, open circuit, odd answer) it
 * answers the last value it got, with its time and stale=true: never an error (DESIGN.md, linked figures).
 */
@ApplicationScoped
public class LinkedIndicatorService {
    @Inject
    Clock clock;
    private static final Logger LOG = Logger.getLogger(LinkedIndicatorService.class);
    static final String ALLIANCES_KEY = "effectiveAlliances";
    @Inject
    PeerCalls calls;
    @Inject
    PeersConfig config;
    @Inject
    EntityManager em;
    @Inject
    PeerToken peerToken;

    public record ScopeValue(String scope, BigDecimal value, Boolean met) {
    }

    public record Linked(String indicatorCode, LinkedSource source, String key, String comparator, BigDecimal target,
                         List<ScopeValue> values, Boolean met, Instant fetchedAt, boolean stale, String problem) {
    }

    /** When an indicator's peer was last asked and whether it failed: the status asks a peer once per fresh-for. */
    private record Attempt(Instant at, boolean failed) {
    }

    private final Map<String, Attempt> attempts = new ConcurrentHashMap<>();

    /**
     * The current value of the linked indicator with this code (404 for no such code, 422 for one the units report
     * themselves). Call it outside a transaction: it may wait on the peer.
     */
    public Linked fetch(String code) {
        Indicator i = QuarkusTransaction.requiringNew().call(() ->
                Indicator.<Indicator>find("code", code).firstResultOptional()
                        .orElseThrow(() -> Problems.notFound("indicator", code)));
        if (i.linkedSource == null) {
            throw Problems.unprocessable("code", Detail.of("ap.indicator.not-linked",
                    "{0} is reported by units, not measured by a peer service", code));
        }
        return fetch(i);
    }

    public Linked fetch(Indicator i) {
        Map<String, BigDecimal> values;
        try {
            values = i.linkedSource == LinkedSource.PROJECT_TRACKING
                    ? PeerFigures.rates(calls.projectRates(authorization(), i.deadline), i.linkedKey)
                    // medical-alliance-service serves alliances and family-doctor coverage on two resources
                    : ALLIANCES_KEY.equals(i.linkedKey)
                    ? PeerFigures.alliances(calls.allianceCoverage(authorization(), i.deadline.getYear()), i.linkedKey)
                    : PeerFigures.familyDoctors(calls.familyDoctorCoverage(authorization(), i.deadline.getYear()),
                            i.linkedKey);
        } catch (RuntimeException e) {
            LOG.warnf("linked indicator %s: %s unavailable (%s); answering the last known value", i.code, i.linkedSource,
                    e.toString());
            attempts.put(i.code, new Attempt(Instant.now(clock), true));
            return stored(i, true, peerName(i.linkedSource) + " unavailable: " + why(e));
        }
        if (values.isEmpty()) {
            // the peer answered but has no figure for the indicator yet: not a failure, and said in words
            attempts.put(i.code, new Attempt(Instant.now(clock), true));
            return stored(i, true, peerName(i.linkedSource) + " answered with no figures yet for '" + i.linkedKey + "'");
        }
        // microseconds: what PostgreSQL keeps, so a later stale answer shows the same time
        Instant now = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> values.forEach((scope, v) -> em.createNativeQuery("""
                insert into linked_value (source, key, scope, value, fetched_at) values (?1, ?2, ?3, ?4, ?5)
                on conflict (source, key, scope) do update set value = excluded.value, fetched_at = excluded.fetched_at""")
                .setParameter(1, i.linkedSource.name()).setParameter(2, i.linkedKey).setParameter(3, scope)
                .setParameter(4, v).setParameter(5, Timestamp.from(now)).executeUpdate()));
        attempts.put(i.code, new Attempt(now, false));
        return answer(i, values, now, false, null);
    }

    /**
     * The figures of every linked indicator for the task status, by code: asked live, and if the peer fails the last
     * known marked stale. A peer asked within action-plan.peers.fresh-for is not asked again: its stored figures
     * stand, stale if that ask failed. Indicators no peer ever answered for are left out. Call it outside a
     * transaction: it may wait on the peers.
     */
    public Map<String, LinkedFigures> forStatus() {
        List<Indicator> linked = QuarkusTransaction.requiringNew().call(() ->
                Indicator.<Indicator>list("linkedSource is not null"));
        Map<String, LinkedFigures> out = new HashMap<>();
        Instant freshSince = Instant.now(clock).minus(config.freshFor());
        for (Indicator i : linked) {
            Attempt last = attempts.get(i.code);
            Linked l = last != null && last.at().isAfter(freshSince) ? stored(i, last.failed(), null) : fetch(i);
            Map<String, BigDecimal> byScope = new LinkedHashMap<>();
            l.values().stream().filter(v -> v.value() != null).forEach(v -> byScope.put(v.scope(), v.value()));
            if (!byScope.isEmpty()) {
                out.put(i.code, new LinkedFigures(i.linkedSource, byScope,
                        LocalDate.ofInstant(l.fetchedAt(), ReportingCalendar.ZONE), l.stale()));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Linked stored(Indicator i, boolean stale, String problem) {
        List<jakarta.persistence.Tuple> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select scope, value, fetched_at from linked_value where source = ?1 and key = ?2 order by scope""",
                        jakarta.persistence.Tuple.class)
                .setParameter(1, i.linkedSource.name()).setParameter(2, i.linkedKey).getResultList());
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Instant at = null;
        for (jakarta.persistence.Tuple r : rows) {
            values.put(r.get("scope", String.class), r.get("value", BigDecimal.class));
            Object fetched = r.get("fetched_at");
            Instant t = fetched instanceof Timestamp ts ? ts.toInstant() : fetched instanceof Instant in ? in
                    : ((java.time.OffsetDateTime) fetched).toInstant();
            at = at == null || t.isAfter(at) ? t : at;
        }
        return answer(i, values, at, stale, problem != null && rows.isEmpty() ? problem + "; no value was ever fetched"
                : problem);
    }

    private static Linked answer(Indicator i, Map<String, BigDecimal> values, Instant at, boolean stale, String problem) {
        Comparator c = i.comparator;
        List<ScopeValue> list = new ArrayList<>();
        values.forEach((s, v) -> list.add(new ScopeValue(s, Numbers.plain(v), v == null ? null : c.satisfied(v, i.target))));
        Boolean met = list.isEmpty() ? null : list.stream().allMatch(v -> Boolean.TRUE.equals(v.met()));
        return new Linked(i.code, i.linkedSource, i.linkedKey, c.symbol, Numbers.plain(i.target), list, met, at, stale,
                problem);
    }

    private String authorization() {
        return peerToken.authorization();
    }

    /** Why a peer call failed, in words a 督查 office reads (never a class name). */
    static String why(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PeerCalls.PeerCallFailed f && f.status > 0) {
                return "it answered HTTP " + f.status;
            }
            if (t instanceof org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException) {
                return "not asked: it failed repeatedly, asked again after a pause";
            }
            if (t instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
                    || t instanceof java.util.concurrent.TimeoutException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.http.HttpTimeoutException) {
                return "it did not answer in time";
            }
            if (t instanceof java.net.ConnectException) {
                return "it could not be reached";
            }
            if (t instanceof com.fasterxml.jackson.core.JacksonException) {
                return "its answer was not readable JSON";
            }
        }
        return "the call failed";
    }

    private static String peerName(LinkedSource s) {
        return s == LinkedSource.MEDICAL_ALLIANCE ? "medical-alliance-service" : "project-tracking-service";
    }
}
