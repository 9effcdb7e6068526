package gov.qinghai.followup.projects.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 134号 五: 省经济和信息化委 … 将有关情况按季度报送省政府. What one quarterly report holds. */
public record QuarterlyReport(long fairId, String quarter, LocalDate asOf, LocalDate previousAsOf, Instant generatedAt,
                              Rates.Milestone milestone, RateLine overall, RateLine previousOverall,
                              List<UnitLine> units, List<RateLine> byPrefecture, List<ProblemLine> problems,
                              @Schema(description = "which rates the report holds: as they stood at generatedAt "
                                      + "(GET /api/v1/rates?reportedBy=<generatedAt> gives the same)") String ratesBasis) {

    /** One unit: rates now and at the previous quarter's end, and its reporting in the quarter. */
    public record UnitLine(String unit, String prefecture, RateLine rates, RateLine previous,
                           BigDecimal contractRateChange, BigDecimal startRateChange, BigDecimal fundsRateChange,
                           long reportsExpected, long reportsReceived, long reportsLate, long reportsMissing) {
    }

    /** A 存在的问题 entry reported in the quarter. */
    public record ProblemLine(int seq, String unit, String project, String period, String problems) {
    }
}
