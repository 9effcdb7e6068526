package gov.qinghai.followup.common.reports;

import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The versions of every stored period report of a service (table period_report, shared DDL db/reports). A version
 * is written once and never changed: a regeneration appends the next one.
 */
@ApplicationScoped
public class PeriodReportStore {
    /** A field of an item row a caller may filter on: a plain JSON key, never SQL. */
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

    private static final String VERSION_COLUMNS = """
            r.id, r.kind, r.period, r.scope, r.version, r.built_at, r.data_as_of, r.built_by, r.reason,
            (select min(n.version) from period_report n where n.kind = r.kind and n.period = r.period
                 and n.scope = r.scope and n.version > r.version) as superseded_by""";

    /** The names of the version fields, left out of the body so that each is written once. */
    private static final String META = PeriodReports.META.stream().map(m -> "'" + m + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    gov.qinghai.followup.common.events.Events events;

    /**
     * Stores the report as the next version of its (kind, period, scope), 1 if it has none. Two builds of the same
     * period at once are serialised by a transaction-scoped advisory lock, so each gets its own number.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PeriodReportVersion append(NewVersion v) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "period_report/" + v.kind() + "/" + v.period() + "/" + v.scope()).getSingleResult();
        Instant builtAt = Instant.now(clock);
        Tuple t = (Tuple) em.createNativeQuery("""
                        insert into period_report (kind, period, scope, version, built_at, data_as_of, built_by, reason, content)
                        select ?1, ?2, ?3, coalesce(max(version), 0) + 1, ?4, ?5, ?6, ?7, cast(?8 as jsonb)
                        from period_report where kind = ?1 and period = ?2 and scope = ?3
                        returning id, version""", Tuple.class)
                .setParameter(1, v.kind()).setParameter(2, v.period()).setParameter(3, v.scope())
                .setParameter(4, builtAt).setParameter(5, v.dataAsOf()).setParameter(6, v.builtBy())
                .setParameter(7, v.reason()).setParameter(8, v.contentJson()).getSingleResult();
        long id = ((Number) t.get(0)).longValue();
        int version = ((Number) t.get(1)).intValue();
        if (v.itemsField() != null) {
            String field = field(v.itemsField());
            em.createNativeQuery("""
                    insert into period_report_item (report_id, position, content)
                    select r.id, t.pos, t.elem
                    from period_report r
                    cross join lateral jsonb_array_elements(r.content -> ?2) with ordinality as t (elem, pos)
                    where r.id = ?1""").setParameter(1, id).setParameter(2, field).executeUpdate();
            em.createNativeQuery("update period_report set summary = content - ?2 where id = ?1")
                    .setParameter(1, id).setParameter(2, field).executeUpdate();
        }
        publish(v, version, builtAt);
        return new PeriodReportVersion(v.kind(), v.period(), v.scope(), version, builtAt, v.dataAsOf(), v.builtBy(),
                v.reason(), null);
    }

    /** period-report.stored (version 1) or period-report.regenerated (a later one), in the same transaction. */
    private void publish(NewVersion v, int version, Instant builtAt) {
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("kind", v.kind());
        data.put("period", v.period());
        data.put("scope", v.scope().isEmpty() ? null : v.scope());
        data.put("version", version);
        data.put("builtAt", builtAt.toString());
        data.put("dataAsOf", v.dataAsOf() == null ? null : v.dataAsOf().toString());
        data.put("reason", v.reason());
        String subject = "period-reports/" + v.kind() + "/" + v.period() + (v.scope().isEmpty() ? "" : "/" + v.scope());
        boolean prefecture = PREFECTURES.contains(v.scope());
        events.publish(version == 1 ? "period-report.stored" : "period-report.regenerated", subject, data,
                gov.qinghai.followup.common.events.Events.Scope.of(v.scope().isEmpty() || prefecture ? null : v.scope(),
                        prefecture ? v.scope() : null));
    }

    private static final java.util.Set<String> PREFECTURES = java.util.Set.of("西宁市", "海东市", "海西州", "海南州", "海北州",
            "黄南州", "果洛州", "玉树州");

    /** The periods with a stored report, the latest period first; {@code scope} null for every scope. */
    @SuppressWarnings("unchecked")
    public Page<StoredPeriod> list(String kind, String scope, PageQuery page) {
        String where = " where (cast(?1 as varchar) is null or kind = ?1) and (cast(?2 as varchar) is null or scope = ?2)";
        List<Tuple> rows = em.createNativeQuery("""
                        select kind, period, scope, max(version) as latest, max(built_at) as built_at
                        from period_report""" + where + """
                         group by kind, period, scope order by period desc, kind, scope offset ?3 limit ?4""", Tuple.class)
                .setParameter(1, kind).setParameter(2, scope).setParameter(3, page.offset())
                .setParameter(4, page.size).getResultList();
        long total = ((Number) em.createNativeQuery(
                        "select count(*) from (select 1 from period_report" + where + " group by kind, period, scope) p")
                .setParameter(1, kind).setParameter(2, scope).getSingleResult()).longValue();
        return Page.of(rows.stream().map(t -> new StoredPeriod(t.get(0, String.class), t.get(1, String.class),
                t.get(2, String.class), ((Number) t.get(3)).intValue(), instant(t.get(4)))).toList(), page, total);
    }

    /** Every version of the period, the first first; empty if none is stored. */
    @SuppressWarnings("unchecked")
    public List<PeriodReportVersion> versions(String kind, String period, String scope) {
        List<Tuple> rows = em.createNativeQuery("select " + VERSION_COLUMNS
                        + " from period_report r where r.kind = ?1 and r.period = ?2 and r.scope = ?3 order by r.version",
                        Tuple.class)
                .setParameter(1, kind).setParameter(2, period).setParameter(3, scope).getResultList();
        return rows.stream().map(PeriodReportStore::version).toList();
    }

    /** Version {@code n} of the period, or its latest when {@code n} is null. */
    @SuppressWarnings("unchecked")
    public Optional<StoredVersion> find(String kind, String period, String scope, Integer n) {
        List<Tuple> rows = em.createNativeQuery("select " + VERSION_COLUMNS
                        + ", r.content::text as content, (coalesce(r.summary, r.content) - array[" + META + "])::text as body"
                        + " from period_report r"
                        + " where r.kind = ?1 and r.period = ?2 and r.scope = ?3"
                        + " and (cast(?4 as integer) is null or r.version = ?4) order by r.version desc limit 1",
                        Tuple.class)
                .setParameter(1, kind).setParameter(2, period).setParameter(3, scope).setParameter(4, n)
                .getResultList();
        return rows.stream().findFirst().map(t -> new StoredVersion(((Number) t.get(0)).longValue(), version(t),
                t.get("content", String.class), t.get("body", String.class)));
    }

    /** Item rows of a version whose fields equal the filters (field → value). */
    public long countItems(long reportId, Map<String, String> filters) {
        return ((Number) filtered("select count(*)", reportId, filters, "").getSingleResult()).longValue();
    }

    /** One page of a version's item rows (each a JSON object as stored), in the report's order. */
    @SuppressWarnings("unchecked")
    public List<String> items(long reportId, Map<String, String> filters, int offset, int limit) {
        return filtered("select content::text", reportId, filters, " order by position offset :offset limit :limit")
                .setParameter("offset", offset).setParameter("limit", limit).getResultList();
    }

    private Query filtered(String select, long reportId, Map<String, String> filters, String tail) {
        StringBuilder sql = new StringBuilder(select).append(" from period_report_item where report_id = :report");
        int i = 0;
        for (String key : filters.keySet()) {
            sql.append(" and content ->> '").append(field(key)).append("' = :v").append(i++);
        }
        Query q = em.createNativeQuery(sql.append(tail).toString());
        q.setParameter("report", reportId);
        i = 0;
        for (String value : filters.values()) {
            q.setParameter("v" + i++, value);
        }
        return q;
    }

    private static String field(String name) {
        if (!FIELD.matcher(name).matches()) {
            throw new IllegalArgumentException("not a JSON field name: " + name);
        }
        return name;
    }

    private static PeriodReportVersion version(Tuple t) {
        Number superseded = (Number) t.get(9);
        return new PeriodReportVersion(t.get(1, String.class), t.get(2, String.class), t.get(3, String.class),
                ((Number) t.get(4)).intValue(), instant(t.get(5)), instant(t.get(6)), t.get(7, String.class),
                t.get(8, String.class), superseded == null ? null : superseded.intValue());
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime d) {
            return d.toInstant();
        }
        if (o instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + o);
    }
}
