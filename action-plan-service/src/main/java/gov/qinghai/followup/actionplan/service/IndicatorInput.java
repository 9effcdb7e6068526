package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.Comparator;
import gov.qinghai.followup.actionplan.domain.FigureRule;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's new or corrected indicator; version is required on update only. */
@Schema(name = "IndicatorInput")
public record IndicatorInput(
        @NotBlank @Size(max = 60) @Schema(example = "21-coal", pattern = IndicatorInput.CODE) String code,
        @NotBlank @Size(max = 200) @Schema(example = "压减煤炭产能") String name,
        @NotBlank @Size(max = 20) @Schema(example = "万吨") String unit,
        @NotNull @Schema(example = "GE") Comparator comparator,
        @NotNull @Digits(integer = 10, fraction = 4) @Schema(example = "132") BigDecimal target,
        @NotNull @Schema(example = "2017-09-30") LocalDate deadline,
        @Size(max = 300) @Schema(example = "stated: 9月前") String deadlineBasis,
        @Size(max = 500) @Schema(example = "9月前完成132万吨煤炭产能压减任务") String sourcePhrase,
        @Schema(example = "0", description = "the version you read (update only)") Long version,
        @Schema(example = "PROVINCE", description = "how units' figures combine: PROVINCE (the lead unit's figure "
                + "stands for the province; the default), SUM (they add up) or WEAKEST (the weakest counts)")
        FigureRule figureRule,
        @Size(max = 300) @Schema(example = "各市（州）年底前至少建成一个") String figureRuleBasis) {
    /** The form of a code (checked by IndicatorService, answered as a problem in the request's language). */
    public static final String CODE = "[0-9]{2}-[a-z0-9-]+";
}
