package gov.qinghai.followup.common.reports;

import gov.qinghai.followup.common.events.Events;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.reads.ReadReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
            .collect(Collectors.joining(", "));

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Events events;
    @Inject
    ReadReplica replica;
    /**
     * How stale a read of stored reports may be: 30 s. A version is written once and never changed, so a replica
     * behind by that much can only miss a version built in the last 30 s (a job's or an administrator's
     * regeneration); a missing period or version is then read from the primary, and "latest" may name the previous
     * version for that long, which the answer's version number and built_at show.
     */
    @ConfigProperty(name = "reads.period-reports.max-staleness", defaultValue = "30s")
    Duration maxStaleness;

    /**
     * Stores the report as the next version of its (kind, period, scope), 1 if it has none. Two builds of the same
     * period at once are serialised by a transaction-scoped advisory lock, so each gets its own number.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PeriodReportVersion append(NewVersion v) {
        lock(v.kind(), v.period(), v.scope());
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

    /**
     * For a job that stores a period's first version once per scope: takes the lock {@link #append} takes, held until
     * this transaction ends, and answers whether the (kind, period, scope) has no version yet (read on the primary).
     * A second builder of the same scope waits here until the first commits, then finds its version and skips.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lockUnbuilt(String kind, String period, String scope) {
        String s = scope == null ? "" : scope;
        lock(kind, period, s);
        return em.createNativeQuery("select 1 from period_report where kind = ?1 and period = ?2 and scope = ?3 limit 1")
                .setParameter(1, kind).setParameter(2, period).setParameter(3, s).getResultList().isEmpty();
    }

    private void lock(String kind, String period, String scope) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "period_report/" + kind + "/" + period + "/" + scope).getSingleResult();
    }

    /** period-report.stored (version 1) or period-report.regenerated (a later one), in the same transaction. */
    private void publish(NewVersion v, int version, Instant builtAt) {
        Map<String, Object> data = new LinkedHashMap<>();
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
                Events.Scope.of(v.scope().isEmpty() || prefecture ? null : v.scope(),
                        prefecture ? v.scope() : null));
    }

    private static final Set<String> PREFECTURES = Set.of("西宁市", "海东市", "海西州", "海南州", "海北州",
            "黄南州", "果洛州", "玉树州");

    /** The periods with a stored report, the latest period first; {@code scope} null for every scope. */
    public Page<StoredPeriod> list(String kind, String scope, PageQuery page) {
        String where = " where (cast(? as varchar) is null or kind = ?) and (cast(? as varchar) is null or scope = ?)";
        return replica.read(maxStaleness, c -> {
            List<StoredPeriod> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select kind, period, scope, max(version) as latest, max(built_at) as built_at
                    from period_report""" + where + """
                     group by kind, period, scope order by period desc, kind, scope offset ? limit ?""")) {
                bind(ps, kind, kind, scope, scope, page.offset(), page.size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new StoredPeriod(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), instant(rs, 5)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select count(*) from (select 1 from period_report" + where + " group by kind, period, scope) p")) {
                bind(ps, kind, kind, scope, scope);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Page.of(rows, page, rs.getLong(1));
                }
            }
        });
    }

    /**
     * Every version of the period, the first first; empty if none is stored. Read from the replica; a period the
     * replica does not have (yet) is looked up on the primary, so a report just built is never answered 404.
     */
    public List<PeriodReportVersion> versions(String kind, String period, String scope) {
        ReadReplica.Work<List<PeriodReportVersion>> work = c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + VERSION_COLUMNS
                    + " from period_report r where r.kind = ? and r.period = ? and r.scope = ? order by r.version")) {
                bind(ps, kind, period, scope);
                List<PeriodReportVersion> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(version(rs));
                    }
                }
                return rows;
            }
        };
        List<PeriodReportVersion> rows = replica.read(maxStaleness, work);
        return rows.isEmpty() ? replica.onPrimary(work) : rows;
    }

    /**
     * Version {@code n} of the period, or its latest when {@code n} is null. From the replica; a version it does not
     * have (yet) is looked up on the primary (a Location just returned by a regeneration always answers).
     */
    public Optional<StoredVersion> find(String kind, String period, String scope, Integer n) {
        ReadReplica.Work<Optional<StoredVersion>> work = c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + VERSION_COLUMNS
                    + ", r.content::text as content, (coalesce(r.summary, r.content) - array[" + META + "])::text as body"
                    + " from period_report r"
                    + " where r.kind = ? and r.period = ? and r.scope = ?"
                    + " and (cast(? as integer) is null or r.version = ?) order by r.version desc limit 1")) {
                bind(ps, kind, period, scope, n, n);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredVersion(rs.getLong(1), version(rs), rs.getString("content"),
                            rs.getString("body"))) : Optional.<StoredVersion>empty();
                }
            }
        };
        Optional<StoredVersion> found = replica.read(maxStaleness, work);
        return found.isPresent() ? found : replica.onPrimary(work);
    }

    /** Item rows of a version whose fields equal the filters (field → value). */
    public long countItems(long reportId, Map<String, String> filters) {
        return read(reportId, c -> {
            try (PreparedStatement ps = filtered(c, "select count(*)", reportId, filters, "", null, null); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** One page of a version's item rows (each a JSON object as stored), in the report's order. */
    public List<String> items(long reportId, Map<String, String> filters, int offset, int limit) {
        return read(reportId, c -> {
            try (PreparedStatement ps = filtered(c, "select content::text", reportId, filters, " order by position offset ? limit ?", offset, limit);
                    ResultSet rs = ps.executeQuery()) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
                return rows;
            }
        });
    }

    /**
     * Items of a version, read where the version is: on the replica if it has the report row, else on the primary
     * (the version was found there), so a version just built never shows with no items.
     */
    private <T> T read(long reportId, ReadReplica.Work<T> work) {
        Optional<T> onReplica = replica.read(maxStaleness, c -> {
            try (PreparedStatement ps = c.prepareStatement("select 1 from period_report where id = ?")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(work.run(c)) : Optional.<T>empty();
                }
            }
        });
        return onReplica.isPresent() ? onReplica.get() : replica.onPrimary(work);
    }

    private static PreparedStatement filtered(Connection c, String select, long reportId, Map<String, String> filters, String tail,
            Integer offset, Integer limit) throws SQLException {
        StringBuilder sql = new StringBuilder(select).append(" from period_report_item where report_id = ?");
        for (String key : filters.keySet()) {
            sql.append(" and content ->> '").append(field(key)).append("' = ?");
        }
        PreparedStatement ps = c.prepareStatement(sql.append(tail).toString());
        int i = 1;
        ps.setLong(i++, reportId);
        for (String value : filters.values()) {
            ps.setString(i++, value);
        }
        if (offset != null) {
            ps.setInt(i++, offset);
            ps.setInt(i, limit);
        }
        return ps;
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private static String field(String name) {
        if (!FIELD.matcher(name).matches()) {
            throw new IllegalArgumentException("not a JSON field name: " + name);
        }
        return name;
    }

    private static PeriodReportVersion version(ResultSet rs) throws SQLException {
        Number superseded = (Number) rs.getObject(10);
        return new PeriodReportVersion(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), instant(rs, 6),
                instant(rs, 7), rs.getString(8), rs.getString(9), superseded == null ? null : superseded.intValue());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
