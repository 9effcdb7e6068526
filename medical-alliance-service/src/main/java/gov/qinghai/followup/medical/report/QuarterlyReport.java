package gov.qinghai.followup.medical.report;

import gov.qinghai.followup.common.labels.Labels;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The quarterly report per 市州 (plus a 全省 row): alliances, contracting coverage vs target, referrals. */
@Schema(name = "QuarterlyReport")
public record QuarterlyReport(@Schema(example = "2017-Q3") String period, @Schema(example = "2017-07-01") LocalDate from,
                              @Schema(example = "2017-09-30") LocalDate to, Instant generatedAt, List<Row> rows,
                              List<String> notes,
                              @Schema(description = "the health commission's section; absent in reports stored "
                                      + "before it existed") CommissionSection commission) {

    /** A report without the health commission's section (as stored before it existed). */
    public QuarterlyReport(String period, LocalDate from, LocalDate to, Instant generatedAt, List<Row> rows,
                           List<String> notes) {
        this(period, from, to, generatedAt, rows, notes, null);
    }

    /** The same report with only these rows (one 市州's), the health commission's section kept. */
    public QuarterlyReport withRows(List<Row> only) {
        return new QuarterlyReport(period, from, to, generatedAt, only, notes, commission);
    }

    @Schema(name = "QuarterlyReportRow")
    public record Row(@Schema(example = "西宁市") String prefecture,
                      @Schema(example = "2") long establishedAlliances,
                      @Schema(example = "1") long effectiveAlliances,
                      @Schema(example = "true") Boolean allianceTargetMet,
                      @Schema(example = "2017-09") String contractingPeriod,
                      @Schema(example = "28.50") BigDecimal contractingCoveragePct,
                      @Schema(example = "30") BigDecimal contractingTargetPct,
                      @Schema(example = "false") Boolean contractingTargetMet,
                      @Schema(example = "61.20") BigDecimal keyCoveragePct,
                      @Schema(example = "60") BigDecimal keyTargetPct,
                      @Schema(example = "true") Boolean keyTargetMet,
                      @Schema(example = "40") long referralsUp,
                      @Schema(example = "10") long referralsDown,
                      @Schema(example = "20.0") BigDecimal downSharePct,
                      @Schema(example = "5.5") BigDecimal meanHoursToAcceptance,
                      @Schema(example = "1") long pendingAtQuarterEnd,
                      @Schema(example = "果洛州、玉树州", description = "全省 row only: the 市州 without a contracting "
                              + "figure; while any is missing the 全省 contracting verdicts are empty (incomplete)")
                      String missingPrefectures) {
    }

    /** The export's columns, in order; their headings are column.<name> in labels.properties. */
    public static final List<String> COLUMNS = List.of("prefecture", "established_alliances", "effective_alliances",
            "alliance_target_met", "contracting_period", "contracting_coverage_pct", "contracting_target_pct",
            "contracting_target_met", "key_coverage_pct", "key_target_pct", "key_target_met", "referrals_up",
            "referrals_down", "down_share_pct", "mean_hours_to_acceptance", "pending_at_quarter_end",
            "missing_prefectures");

    public static List<String> headers() {
        Labels labels = Labels.get();
        return COLUMNS.stream().map(labels::heading).toList();
    }

    public static List<Object> cells(Row r) {
        return java.util.Arrays.asList(r.prefecture(), r.establishedAlliances(), r.effectiveAlliances(),
                r.allianceTargetMet(), r.contractingPeriod(), r.contractingCoveragePct(), r.contractingTargetPct(),
                r.contractingTargetMet(), r.keyCoveragePct(), r.keyTargetPct(), r.keyTargetMet(), r.referralsUp(),
                r.referralsDown(), r.downSharePct(), r.meanHoursToAcceptance(), r.pendingAtQuarterEnd(),
                r.missingPrefectures());
    }
}
