package gov.qinghai.followup.medical.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The quarterly report per 市州 (plus a 全省 row): alliances, contracting coverage vs target, referrals. */
@Schema(name = "QuarterlyReport")
public record QuarterlyReport(@Schema(example = "2017-Q3") String period, @Schema(example = "2017-07-01") LocalDate from,
                              @Schema(example = "2017-09-30") LocalDate to, Instant generatedAt, List<Row> rows,
                              List<String> notes) {

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

    public static final List<String> HEADERS = List.of("市州", "已建医联体", "有明显成效医联体", "医联体目标达成", "签约数据月份",
            "签约覆盖率(%)", "签约目标(%)", "签约达标", "重点人群覆盖率(%)", "重点人群目标(%)", "重点人群达标", "上转", "下转",
            "下转占比(%)", "平均受理时长(小时)", "季末超时待受理", "缺报市州");

    public static List<Object> cells(Row r) {
        return java.util.Arrays.asList(r.prefecture(), r.establishedAlliances(), r.effectiveAlliances(),
                r.allianceTargetMet(), r.contractingPeriod(), r.contractingCoveragePct(), r.contractingTargetPct(),
                r.contractingTargetMet(), r.keyCoveragePct(), r.keyTargetPct(), r.keyTargetMet(), r.referralsUp(),
                r.referralsDown(), r.downSharePct(), r.meanHoursToAcceptance(), r.pendingAtQuarterEnd(),
                r.missingPrefectures());
    }
}
