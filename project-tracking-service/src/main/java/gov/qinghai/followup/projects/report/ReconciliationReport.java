package gov.qinghai.followup.projects.report;

import gov.qinghai.followup.projects.domain.HeadlineFigure;
import gov.qinghai.followup.projects.domain.NoticeFigure;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reconciliation", description = "The table's own figures against each other and against the notice's text")
public record ReconciliationReport(
        long fairId,
        @Schema(example = "346") long rows,
        @Schema(example = "342") long rowsWithAmount,
        @Schema(example = "1668.86") BigDecimal tableTotal,
        List<UnitLine> units,
        @Schema(description = "the headline figures the fair's notice states, as entered for the fair (empty when none "
                + "were): each against the table, with the difference and, for a share, the total it implies")
        List<Headline> headlineFigures,
        @Schema(description = "whether the notice's figures agree with each other (null without shares to check)")
        NoticeConsistency noticeConsistency,
        List<Outlier> outliers,
        @Schema(description = "for each statistical outlier and each headline figure its row counts in: the figure "
                + "without that row, and whether the notice would then hold")
        List<OutlierEffect> outlierEffects,
        @Schema(description = "every disagreement in one sentence each") List<String> disagreements) {

    public record UnitLine(String unit, Integer declaredCount, long computedCount, Boolean countAgrees,
                           BigDecimal declaredSubtotal, BigDecimal computedSubtotal, Boolean subtotalAgrees,
                           Boolean subtotalLabelled, long rowsWithoutAmount) {
    }

    public record Headline(@Schema(example = "fiveRegions") String key,
                           @Schema(example = "西宁、海东、海西、海南和海北五个重点地区签约金额共计597亿元") String noticeText,
                           @Schema(example = "青政办〔2017〕134号 开头") String source,
                           NoticeFigure.Measure measure,
                           @Schema(example = "重点地区签约金额", description = "the measure as a person reads it")
                           String measureLabel, List<String> scope,
                           HeadlineFigure.Comparison comparison, @Schema(example = "597") BigDecimal stated,
                           @Schema(example = "774.45") BigDecimal computed, boolean agrees,
                           @Schema(example = "不相符", description = "相符 or 不相符: agrees as a person reads it")
                           String agreementLabel,
                           @Schema(example = "177.45", description = "computed − stated") BigDecimal difference,
                           @Schema(example = "1492.50", description = "for a share: the stated sum / the stated share")
                           BigDecimal impliedTotal,
                           @Schema(example = "1472.83") BigDecimal impliedTotalLow,
                           @Schema(example = "1512.66", description = "the implied total with both figures rounded")
                           BigDecimal impliedTotalHigh,
                           String basis) {
    }

    public record NoticeConsistency(boolean agree, List<String> statements) {
    }

    public record OutlierEffect(@Schema(example = "1") int seq, String name,
                                @Schema(example = "180.33") BigDecimal totalInvestment,
                                @Schema(example = "totalInvestment") String key,
                                @Schema(example = "1668.86") BigDecimal computed,
                                @Schema(example = "1488.53") BigDecimal withoutIt,
                                @Schema(example = "false") boolean agreesWithoutIt) {
    }

    public record Outlier(long projectId, int seq, String unit, String name, BigDecimal totalInvestment,
                          BigDecimal lowerFence, BigDecimal upperFence) {
    }
}
