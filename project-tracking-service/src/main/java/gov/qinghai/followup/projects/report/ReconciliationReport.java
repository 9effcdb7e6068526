package gov.qinghai.followup.projects.report;

import gov.qinghai.followup.projects.domain.HeadlineFigure;
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
        List<Headline> headlineFigures,
        List<Outlier> outliers,
        @Schema(description = "every disagreement in one sentence each") List<String> disagreements) {

    public record UnitLine(String unit, Integer declaredCount, long computedCount, Boolean countAgrees,
                           BigDecimal declaredSubtotal, BigDecimal computedSubtotal, Boolean subtotalAgrees,
                           Boolean subtotalLabelled, long rowsWithoutAmount) {
    }

    public record Headline(String key, String noticeText, HeadlineFigure.Comparison comparison, BigDecimal stated,
                           BigDecimal computed, boolean agrees, String basis) {
    }

    public record Outlier(long projectId, int seq, String unit, String name, BigDecimal totalInvestment,
                          BigDecimal lowerFence, BigDecimal upperFence) {
    }
}
