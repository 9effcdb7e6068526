package gov.qinghai.followup.projects.report;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.projects.domain.MilestoneAssessment;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RateLine", description = "The three rates of one group (or of the whole fair) as of a date")
public record RateLine(
        @Schema(example = "海西州") String key,
        @Schema(example = "38") long projects,
        @Schema(example = "27", description = "projects whose contract is being performed") long contracted,
        @Schema(example = "20") long started,
        @Schema(example = "30.12", description = "funds in place, 亿元") BigDecimal fundsInPlace,
        @Schema(example = "180.44", description = "total investment of projects with an amount, 亿元") BigDecimal totalInvestment,
        @Schema(example = "71.05", description = "履约率, %") BigDecimal contractFulfilmentRate,
        @Schema(example = "52.63", description = "开工率, %") BigDecimal constructionStartRate,
        @Schema(example = "16.69", description = "资金到位率, %") BigDecimal fundsInPlaceRate,
        @Schema(description = "against the milestone the report uses") Versus versus) {

    public record Versus(Gap contractFulfilment, Gap constructionStart, Gap fundsInPlace) {
    }

    @Schema(name = "RateGap")
    public record Gap(@Schema(example = "70") BigDecimal target, @Schema(example = "1.05") BigDecimal gap,
                      @Schema(example = "MET") MilestoneAssessment.Status status,
                      @Schema(example = "已达标", description = "the status as a person reads it (进度正常, 滞后, 已达标, 未达标)")
                      String statusLabel) {
        public Gap(BigDecimal target, BigDecimal gap, MilestoneAssessment.Status status) {
            this(target, gap, status, Labels.get().of(status));
        }
    }
}
