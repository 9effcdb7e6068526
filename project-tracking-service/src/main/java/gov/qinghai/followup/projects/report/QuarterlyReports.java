package gov.qinghai.followup.projects.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.jobs.JobMetrics;
import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.common.operations.Work;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.reports.NewVersion;
import gov.qinghai.followup.common.reports.PeriodReportStore;
import gov.qinghai.followup.common.reports.PeriodReportVersion;
import gov.qinghai.followup.common.rows.Rows;
import gov.qinghai.followup.projects.domain.OwedMonths;
import gov.qinghai.followup.projects.domain.Periods.Quarter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Builds and stores the quarterly report to the provincial government (134号 五): one per fair, each build a version
 * of the shared period-report store (common.reports, kind {@value #KIND}, scope the fair id).
 */
@ApplicationScoped
public class QuarterlyReports {
    private static final Logger LOG = Logger.getLogger(QuarterlyReports.class);
    public static final String JOB = "quarterly-report";
    public static final String KIND = "quarterly";
    @Inject
    EntityManager em;
    @Inject
    Rates rates;
    @Inject
    JobRunLedger ledger;
    @Inject
    JobMetrics metrics;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;
    @Inject
    PeriodReportStore store;

    public record Outcome(String job, String period, boolean ran, int items, String message) {
    }

    /**
     * Run on {@code date}: the report on the quarter that ended before it, for every fair with projects (134号 五:
     * 按季度报送, a report per fair), each fair's report built and stored in a transaction of its own, so the work
     * of one transaction is one fair however many fairs the country has. The quarter is claimed once (job_run,
     * committed at once) and held while the run works (a second run at the same time answers ran=false): a fair
     * that fails is logged and named in the answer (500 job-incomplete) and leaves the fairs stored before and after
     * it stored; the quarter then stays open (outcome failed, or running if the run stopped) and the next run for
     * it, scheduled or replayed, builds only the fairs still without a report. A fair's report is stored only if
     * the fair has none for the quarter yet (checked under the store's lock), so a replay never stores a second
     * version: that is what regeneration is for.
     */
    public Outcome run(LocalDate date, String triggeredBy, Work.Progress progress) {
        Quarter q = Quarter.lastEndedBefore(date);
        String period = q.toString();
        try (JobRunLedger.Claim claim = ledger.open(JOB, period, triggeredBy)) {
            if (claim.state() == JobRunLedger.Claim.State.BUSY) {
                return new Outcome(JOB, period, false, 0, "a run of " + period + " is under way; its outcome will be "
                        + "in the job's runs");
            }
            if (!claim.open()) {
                return new Outcome(JOB, period, false, 0, "already done for " + period);
            }
            List<Long> fairs = QuarkusTransaction.requiringNew().call(this::fairsWithProjects);
            progress.total(fairs.size());
            Map<String, String> failed = new LinkedHashMap<>();
            int stored = 0;
            int done = 0;
            for (long fair : fairs) {
                try {
                    if (QuarkusTransaction.requiringNew().call(() -> storeFirst(fair, q, triggeredBy))) {
                        stored++;
                    }
                } catch (RuntimeException e) {
                    LOG.errorf(e, "quarterly report %s of fair %d not stored; the quarter stays open", period, fair);
                    failed.put("fair " + fair, why(e));
                }
                progress.done(++done);
            }
            JobRunLedger.Tally tally = ledger.close(claim, () -> tally(q));
            if (!failed.isEmpty() && tally.missing() > 0) {
                throw Problems.jobIncomplete(JOB, period, stored, failed);
            }
            return new Outcome(JOB, period, true, stored, stored + " of " + fairs.size() + " fairs' reports stored "
                    + "now, " + tally.stored() + " stored for " + period
                    + (claim.state() == JobRunLedger.Claim.State.RESUMED
                            ? " (resumed: the fairs stored before were left as they are)" : ""));
        }
    }

    /** Builds and stores the fair's report of the quarter unless it has one (in the caller's transaction). */
    private boolean storeFirst(long fairId, Quarter q, String triggeredBy) {
        if (!store.lockUnbuilt(KIND, q.toString(), String.valueOf(fairId))) {
            return false;
        }
        store(build(fairId, q), triggeredBy, null);
        return true;
    }

    private List<Long> fairsWithProjects() {
        @SuppressWarnings("unchecked")
        List<Number> fairs = em.createNativeQuery("select distinct fair_id from project order by 1").getResultList();
        return fairs.stream().map(Number::longValue).toList();
    }

    /** The fairs with projects that have a report of the quarter stored, and those that have none yet. */
    private JobRunLedger.Tally tally(Quarter q) {
        Tuple t = (Tuple) em.createNativeQuery("""
                select count(*) filter (where exists (select 1 from period_report r where r.kind = ?1 and r.period = ?2
                                                        and r.scope = cast(f.fair_id as varchar))) as stored,
                       count(*) as fairs
                from (select distinct fair_id from project) f""", Tuple.class)
                .setParameter(1, KIND).setParameter(2, q.toString()).getSingleResult();
        int stored = ((Number) t.get("stored")).intValue();
        return new JobRunLedger.Tally(stored, ((Number) t.get("fairs")).intValue() - stored);
    }

    /** Why a fair failed, for the answer: the innermost cause's message (the log has the whole trace). */
    private static String why(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.lines().findFirst().orElse(message);
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    public QuarterlyReport build(long fairId, Quarter q) {
        LocalDate asOf = q.lastDay();
        LocalDate prevAsOf = q.previous().lastDay();
        Rates.Milestone m = rates.milestoneFor(fairId, asOf);
        // the stored report keeps the rates as they stood when it was generated: a report on a past month filed
        // later changes the rates "from the latest corrections", never a stored report (regenerate it for those)
        java.time.Instant generatedAt = clock.instant();
        Rates.Result now = rates.asOf(fairId, asOf, generatedAt, Rates.GroupBy.UNIT);
        Rates.Result before = rates.asOf(fairId, prevAsOf, generatedAt, Rates.GroupBy.UNIT);
        Map<String, RateLine> prev = before.groups().stream().collect(Collectors.toMap(RateLine::key, Function.identity()));
        Map<String, Reporting> reporting = reporting(fairId, q);
        Map<String, String> prefectures = prefectures();
        List<QuarterlyReport.UnitLine> units = new ArrayList<>();
        for (RateLine l : now.groups()) {
            RateLine p = prev.get(l.key());
            Reporting rep = reporting.getOrDefault(l.key(), Reporting.NONE);
            units.add(new QuarterlyReport.UnitLine(l.key(), prefectures.get(l.key()), l, p,
                    l.contractFulfilmentRate().subtract(p.contractFulfilmentRate()),
                    l.constructionStartRate().subtract(p.constructionStartRate()),
                    l.fundsInPlaceRate().subtract(p.fundsInPlaceRate()),
                    rep.expected(), rep.received(), rep.late(), rep.expected() - rep.received()));
        }
        return new QuarterlyReport(fairId, q.toString(), asOf, prevAsOf, generatedAt, m, now.overall(),
                before.overall(), units, rates.lines(fairId, asOf, generatedAt, Rates.GroupBy.PREFECTURE, m),
                problems(fairId, q), Rates.basis(asOf, generatedAt));
    }

    /**
     * unit → {expected, received, late}: a project owes one report per month of the quarter that it owes at all
     * ({@link OwedMonths}: from its fair's month to its completion or the fair's closing).
     */
    /** A unit's reporting in a quarter: project-months owed, reports received, of which late. */
    record Reporting(long expected, long received, long late) {
        static final Reporting NONE = new Reporting(0, 0, 0);
    }

    private Map<String, Reporting> reporting(long fairId, Quarter q) {
        Query query = em.createNativeQuery("""
                with m(period) as (values (cast(?2 as varchar)), (cast(?3 as varchar)), (cast(?4 as varchar))),
                owed as (
                    select p.id, p.unit_id, m.period
                    from project p join fair f on f.id = p.fair_id cross join m
                    where p.fair_id = ?1 and %s)
                select u.name as unit, count(*) as expected, count(r.id) as received,
                       count(r.id) filter (where r.late) as late
                from owed o join responsible_unit u on u.id = o.unit_id
                left join progress_report r on r.project_id = o.id and r.is_current and r.period = o.period
                group by u.name""".formatted(OwedMonths.sql("p", "f", "m.period")), Tuple.class)
                .setParameter(1, fairId).setParameter(2, q.firstMonth().toString())
                .setParameter(3, q.firstMonth().plusMonths(1).toString())
                .setParameter(4, q.lastMonth().toString());
        return Rows.map(query, t -> Map.entry(Rows.text(t, "unit"), new Reporting(Rows.count(t, "expected"),
                Rows.count(t, "received"), Rows.count(t, "late")))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<String, String> prefectures() {
        return Rows.map(em.createNativeQuery("select name, coalesce(prefecture, '省直') as prefecture "
                + "from responsible_unit", Tuple.class), t -> Map.entry(Rows.text(t, "name"), Rows.text(t, "prefecture")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<QuarterlyReport.ProblemLine> problems(long fairId, Quarter q) {
        return Rows.map(em.createNativeQuery("""
                select p.seq as seq, u.name as unit, p.name as project, r.period as period, r.problems as problems
                from progress_report r join project p on p.id = r.project_id join responsible_unit u on u.id = p.unit_id
                where p.fair_id = ?1 and r.is_current and r.period between ?2 and ?3
                  and r.problems is not null and btrim(r.problems) <> ''
                order by p.seq, r.period limit 1000""", Tuple.class)
                .setParameter(1, fairId).setParameter(2, q.firstMonth().toString())
                .setParameter(3, q.lastMonth().toString()), t -> new QuarterlyReport.ProblemLine(
                Rows.integer(t, "seq"), Rows.text(t, "unit"), Rows.text(t, "project"), Rows.text(t, "period"),
                Rows.text(t, "problems")));
    }

    /**
     * Rebuilds the report of an ended quarter for one fair from today's data as its next version (the first if the
     * quarter was never built); the quarterly-report job's claim of the quarter is left as it is.
     */
    @Transactional
    public PeriodReportVersion regenerate(String quarter, String scope, String builtBy, String reason) {
        long fairId = fairId(scope);
        Quarter q = Quarter.parse(quarter).orElseThrow(() -> Problems.badRequest("period",
                Detail.of("pt.report.quarter-form", "period must look like 2017-Q4")));
        return store(build(fairId, q), builtBy, reason);
    }

    /** The fair a request names (query parameter fairId); 404 if there is no such fair. */
    public long fairId(String scope) {
        long fairId;
        try {
            fairId = Long.parseLong(scope);
        } catch (NumberFormatException e) {
            throw Problems.badRequest("fairId", Detail.of("pt.report.fair-id", "fairId must be a fair's id, e.g. 1"));
        }
        if (((Number) em.createNativeQuery("select count(*) from fair where id = ?1").setParameter(1, fairId)
                .getSingleResult()).longValue() == 0) {
            throw Problems.notFound("fair", fairId);
        }
        return fairId;
    }

    private PeriodReportVersion store(QuarterlyReport report, String builtBy, String reason) {
        try {
            // data as of generatedAt: Rates.asOf counts the reports entered by then, so the version holds exactly them
            PeriodReportVersion v = store.append(new NewVersion(KIND, report.quarter(), String.valueOf(report.fairId()),
                    builtBy, reason, report.generatedAt(), mapper.writeValueAsString(report), null));
            metrics.reportGenerated(JOB);
            return v;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored version's content as the report it is (for the CSV/XLSX table). */
    public QuarterlyReport read(String content) {
        try {
            return mapper.readValue(content, QuarterlyReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The report as one table for CSV/XLSX, holding what its JSON holds: a row per unit, the 合计 row, a row per 市州
     * (section 市州) and a row per reported problem (section 存在的问题, 134号 五: 进展情况和存在的问题); every rate row
     * with the milestone's target, the gap and 已达标/未达标 (进度正常/滞后 before the due date). Columns by machine name;
     * the file shows their Chinese headings (Exports).
     */
    public static List<List<Object>> table(QuarterlyReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (QuarterlyReport.UnitLine u : r.units()) {
            rows.add(row(List.of(u.unit(), u.prefecture() == null ? "" : u.prefecture(), u.rates().projects(),
                    u.rates().contractFulfilmentRate(), u.rates().constructionStartRate(), u.rates().fundsInPlaceRate(),
                    u.contractRateChange(), u.startRateChange(), u.fundsRateChange(), u.reportsExpected(),
                    u.reportsReceived(), u.reportsLate(), u.reportsMissing()), u.rates(), "单位", null));
        }
        RateLine o = r.overall();
        rows.add(row(List.of("合计", "", o.projects(), o.contractFulfilmentRate(), o.constructionStartRate(),
                o.fundsInPlaceRate(), o.contractFulfilmentRate().subtract(r.previousOverall().contractFulfilmentRate()),
                o.constructionStartRate().subtract(r.previousOverall().constructionStartRate()),
                o.fundsInPlaceRate().subtract(r.previousOverall().fundsInPlaceRate()),
                sum(r, QuarterlyReport.UnitLine::reportsExpected), sum(r, QuarterlyReport.UnitLine::reportsReceived),
                sum(r, QuarterlyReport.UnitLine::reportsLate), sum(r, QuarterlyReport.UnitLine::reportsMissing)), o,
                "合计", null));
        for (RateLine p : r.byPrefecture() == null ? List.<RateLine>of() : r.byPrefecture()) {
            rows.add(row(java.util.Arrays.asList(p.key(), p.key(), p.projects(), p.contractFulfilmentRate(),
                    p.constructionStartRate(), p.fundsInPlaceRate(), null, null, null, null, null, null, null), p, "市州",
                    null));
        }
        for (QuarterlyReport.ProblemLine p : r.problems() == null ? List.<QuarterlyReport.ProblemLine>of() : r.problems()) {
            rows.add(row(java.util.Arrays.asList(p.unit(), null, null, null, null, null, null, null, null, null, null,
                    null, null), null, "存在的问题", p));
        }
        return rows;
    }

    private static List<Object> row(List<Object> head, RateLine rates, String section, QuarterlyReport.ProblemLine problem) {
        List<Object> row = new ArrayList<>(head);
        RateLine.Versus v = rates == null ? null : rates.versus();
        for (RateLine.Gap g : v == null ? java.util.Arrays.<RateLine.Gap>asList(null, null, null)
                : List.of(v.contractFulfilment(), v.constructionStart(), v.fundsInPlace())) {
            row.add(g == null ? null : g.target());
            row.add(g == null ? null : g.gap());
            // the status as a person reads it (已达标/未达标); a rate row without a milestone says so
            row.add(g != null ? Exports.label(g.status()) : rates != null ? Exports.text("no_milestone") : null);
        }
        row.add(section);
        row.add(problem == null ? null : problem.seq());
        row.add(problem == null ? null : problem.project());
        row.add(problem == null ? null : problem.period());
        row.add(problem == null ? null : problem.problems());
        return row;
    }

    public static final List<String> COLUMNS = List.of("unit", "prefecture", "projects", "contract_fulfilment_rate",
            "construction_start_rate", "funds_in_place_rate", "contract_rate_change", "start_rate_change",
            "funds_rate_change", "reports_expected", "reports_received", "reports_late", "reports_missing",
            "contract_fulfilment_target", "contract_fulfilment_gap", "contract_fulfilment_status",
            "construction_start_target", "construction_start_gap", "construction_start_status",
            "funds_in_place_target", "funds_in_place_gap", "funds_in_place_status", "section", "problem_seq",
            "problem_project", "problem_period", "problems");

    private static BigDecimal sum(QuarterlyReport r, java.util.function.ToLongFunction<QuarterlyReport.UnitLine> f) {
        return BigDecimal.valueOf(r.units().stream().mapToLong(f).sum());
    }
}
