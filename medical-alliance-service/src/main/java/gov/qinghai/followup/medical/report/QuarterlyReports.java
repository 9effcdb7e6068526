package gov.qinghai.followup.medical.report;

import gov.qinghai.followup.common.jobs.JobResult;
import gov.qinghai.followup.common.jobs.PeriodJob;
import java.time.Clock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.jobs.JobMetrics;
import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.common.reports.NewVersion;
import gov.qinghai.followup.common.reports.PeriodReportStore;
import gov.qinghai.followup.common.reports.PeriodReportVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds and stores the quarterly report for the quarter before the run date (run on 2017-10-01 → 2017-Q3), once per
 * quarter, as a version of the shared period-report store (kind {@value #KIND}). Every figure comes from the SQL views (CoverageQueries, FamilyDoctorCoverage,
 * ReferralStatistics); this class only lines them up per 市州.
 */
@ApplicationScoped
public class QuarterlyReports implements PeriodJob {
    @Inject
    Clock clock;
    public static final String NAME = "quarterly-report";
    /** The kind of the shared period-report store (common.reports): /api/v1/period-reports/quarterly/{period}. */
    public static final String KIND = "quarterly";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    @Inject
    JobRunLedger ledger;
    @Inject
    PeriodReportStore store;
    @Inject
    EntityManager em;
    @Inject
    JobMetrics metrics;
    @Inject
    ObjectMapper mapper;
    @Inject
    CoverageQueries coverage;
    @Inject
    FamilyDoctorCoverage familyDoctor;
    @Inject
    ReferralStatistics referrals;
    @Inject
    AssessmentIndicators indicators;
    @Inject
    RearrangementObligation rearrangement;
    @Inject
    CountyContracting countyContracting;
    @ConfigProperty(name = "medical.referral.pending-alert-days")
    int pendingDays;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "After a quarter: builds and stores the report of the quarter before the date (2017-10-01 → 2017-Q3)";
    }

    public String periodFor(LocalDate date) {
        LocalDate start = quarterStart(date).minusMonths(3);
        return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }

    @Override
    @Transactional
    public JobResult run(LocalDate date, String triggeredBy) {
        String period = periodFor(date);
        if (!ledger.claim(NAME, period, triggeredBy)) {
            return new JobResult(NAME, period, false, 0);
        }
        QuarterlyReport report = build(period);
        store(report, triggeredBy, null);
        ledger.finish(NAME, period, report.rows().size());
        return new JobResult(NAME, period, true, report.rows().size());
    }

    /**
     * Rebuilds the report of an ended quarter from today's data as its next version (the first if the quarter was
     * never built); the job's claim of the quarter is left as it is.
     */
    @Transactional
    public PeriodReportVersion regenerate(String period, String builtBy, String reason) {
        return store(build(period), builtBy, reason);
    }

    private PeriodReportVersion store(QuarterlyReport report, String builtBy, String reason) {
        try {
            // data as of generatedAt: the figures are read in this transaction when the report is built
            PeriodReportVersion v = store.append(new NewVersion(KIND, report.period(), "", builtBy, reason,
                    report.generatedAt(), mapper.writeValueAsString(report), null));
            metrics.reportGenerated(NAME);
            return v;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored version's content as the report it is (for the CSV/XLSX tables and the one-市州 view). */
    public QuarterlyReport read(String content) {
        try {
            return mapper.readValue(content, QuarterlyReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    QuarterlyReport build(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        int q = period.charAt(6) - '0';
        LocalDate from = LocalDate.of(year, q * 3 - 2, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        CoverageQueries.PrefectureCoverage alliances = coverage.prefecturesOn(to);
        FamilyDoctorCoverage.Result fd = familyDoctor.coverage(year, to.toString().substring(0, 7));
        ReferralStatistics.Result ref = referrals.compute(ReferralStatistics.GroupBy.PREFECTURE, from, to, pendingDays,
                to.plusDays(1).atStartOfDay(CHINA).toInstant());
        Map<String, CoverageQueries.PrefectureRow> a = alliances.prefectures().stream()
                .collect(Collectors.toMap(CoverageQueries.PrefectureRow::prefecture, Function.identity()));
        Map<String, ReferralStatistics.Row> r = ref.rows().stream()
                .collect(Collectors.toMap(ReferralStatistics.Row::group, Function.identity()));
        List<QuarterlyReport.Row> rows = new ArrayList<>();
        for (FamilyDoctorCoverage.Row f : fd.prefectures()) {
            rows.add(row(f.prefecture(), a.get(f.prefecture()), f, fd.target(), r.get(f.prefecture()), null));
        }
        ReferralStatistics.Row province = referrals.compute(ReferralStatistics.GroupBy.PROVINCE, from, to, pendingDays,
                to.plusDays(1).atStartOfDay(CHINA).toInstant()).rows().stream().findFirst().orElse(null);
        CoverageQueries.ProvinceAlliances all = coverage.provinceAlliances(to);
        // 全省: every alliance (provincial, specialty and telemedicine ones included); the 市州 target does not apply.
        rows.add(row("全省", new CoverageQueries.PrefectureRow("全省", all.established(), all.effective(), false), fd.province(), fd.target(),
                province, fd.missing().isEmpty() ? null : String.join("、", fd.missing())));
        List<String> notes = new ArrayList<>();
        if (fd.note() != null) {
            notes.add(fd.note());
        }
        if (alliances.note() != null) {
            notes.add(alliances.note());
        }
        return new QuarterlyReport(period, from, to, Instant.now(clock), rows, notes, commission(from, to));
    }

    /** The health commission's section, every figure as of the quarter's last day, notes in Chinese. */
    CommissionSection commission(LocalDate from, LocalDate to) {
        Tuple n = (Tuple) em.createNativeQuery("select code, title, issued_on, issued_quote, effective_on, "
                + "effective_quote from notice_document where code = '140'", Tuple.class).getSingleResult();
        CommissionSection.Notice notice = new CommissionSection.Notice(n.get("code", String.class),
                n.get("title", String.class), n.get("issued_on", LocalDate.class), n.get("issued_quote", String.class),
                n.get("effective_on", LocalDate.class), n.get("effective_quote", String.class));
        CoverageQueries.MembershipCoverage membership = coverage.membership(to);
        CoverageQueries.PilotCoverage pilots = coverage.countyPilots(to);
        CoverageQueries.TelemedicineReach tele = coverage.telemedicine(to);
        return new CommissionSection(notice, membership, membershipNote(membership, to), pilots, pilotsNote(pilots),
                tele, telemedicineNote(tele), countyContracting.upTo(to.getYear(), to.toString().substring(0, 7)),
                indicators.over(from, to), rearrangement.asOf(to));
    }

    static String membershipNote(CoverageQueries.MembershipCoverage m, LocalDate to) {
        StringBuilder b = new StringBuilder("截至" + to + "，");
        for (CoverageQueries.ShareRow r : m.province()) {
            String what = "SECONDARY_PUBLIC_HOSPITAL".equals(r.category()) ? "二级公立医院" : "政府办基层医疗卫生机构";
            b.append(what).append(r.institutions() == 0 ? "尚无登记机构，无法计算；"
                    : "参与医联体 " + r.members() + "/" + r.institutions() + "（" + r.sharePct().toPlainString() + "%）；");
        }
        return b.append("140号 二 要求到").append(m.targetYear()).append("年全部参与。").toString();
    }

    static String pilotsNote(CoverageQueries.PilotCoverage p) {
        List<String> short_ = p.prefectures().stream().filter(r -> !r.meetsTarget())
                .map(r -> r.prefecture() + "（" + r.pilots() + "个）").toList();
        List<String> outOfRange = p.pilots().stream().filter(r -> !r.withinRange())
                .map(r -> r.alliance() + "（" + r.townshipCentres() + "个乡镇卫生院）").toList();
        String s = "每个市州" + p.pilotsPerPrefecture() + "个县乡村一体化管理试点县，按县计数（140号 三(一)4）："
                + (p.prefectures().size() - short_.size()) + "个市州已达到"
                + (short_.isEmpty() ? "" : "，未达到：" + String.join("、", short_)) + "。";
        if (!outOfRange.isEmpty()) {
            s += "带动乡镇卫生院不在" + p.townshipCentresMin() + "—" + p.townshipCentresMax() + "个之间的试点："
                    + String.join("、", outOfRange) + "。";
        }
        return s;
    }

    static String telemedicineNote(CoverageQueries.TelemedicineReach t) {
        return "远程医疗协作网已接入县级医疗机构 " + t.countyInstitutionsConnected() + "/" + t.countyInstitutionsInNotice()
                + "（" + t.countySharePct().toPlainString() + "%）、乡镇卫生院 " + t.townshipCentresConnected() + "/"
                + t.townshipCentresInNotice() + "（" + t.townshipSharePct().toPlainString() + "%），以140号 三(一)5 "
                + "所述已覆盖的44家县级医疗机构和405个乡镇卫生院为分母。";
    }

    private static QuarterlyReport.Row row(String name, CoverageQueries.PrefectureRow a, FamilyDoctorCoverage.Row f,
                                           FamilyDoctorCoverage.Target t, ReferralStatistics.Row r,
                                           String missingPrefectures) {
        return new QuarterlyReport.Row(name, a == null ? 0 : a.establishedAlliances(),
                a == null ? 0 : a.effectiveAlliances(), a == null || "全省".equals(name) ? null : a.meetsTarget(),
                f == null ? null : f.period(), f == null ? null : f.coveragePct(), t == null ? null : t.overallPct(),
                f == null ? null : f.meetsTarget(), f == null ? null : f.keyCoveragePct(),
                t == null ? null : t.keyPopulationPct(), f == null ? null : f.meetsKeyTarget(),
                r == null ? 0 : r.up(), r == null ? 0 : r.down(), r == null ? null : r.downSharePct(),
                r == null ? null : r.meanHoursToAcceptance(), r == null ? 0 : r.pendingOverThreshold(),
                missingPrefectures);
    }

    static LocalDate quarterStart(LocalDate d) {
        return LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }
}
