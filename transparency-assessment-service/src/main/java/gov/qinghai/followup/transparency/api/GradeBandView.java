package gov.qinghai.followup.transparency.api;

import gov.qinghai.followup.transparency.domain.Grade;
import gov.qinghai.followup.transparency.domain.GradeBand;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GradeBand", description = "A grade of 青政办〔2017〕137号 第十一条; the band is [minScore, upperBound)"
        + " on the exact total; totals are shown cut to one decimal, never rounded up (roundingRule)")
public record GradeBandView(
        @Schema(example = "GOOD") String code,
        @Schema(example = "良好") String name,
        @Schema(example = "80.0") BigDecimal minScore,
        @Schema(example = "90.0", description = "exclusive; null for 优秀") BigDecimal upperBound,
        @Schema(example = "80—89分为良好") String gazetteWording,
        @Schema(example = "青政办〔2017〕137号 第十一条") String clause,
        @Schema(description = "precision and rounding rule of every total and entered score",
                example = Grade.RULE) String roundingRule) {

    static GradeBandView of(GradeBand b) {
        return new GradeBandView(b.code, b.name, b.minScore, b.upperBound, b.gazetteWording, b.clause, Grade.RULE);
    }
}
