package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.projects.domain.HeadlineFigure;
import gov.qinghai.followup.projects.domain.NoticeFigure;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HeadlineFigure", description = "A figure the fair's notice states, with its text and source")
public record HeadlineFigureInput(
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Za-z][A-Za-z0-9]*$", message = "letters and digits, e.g. fiveRegions")
        @Schema(example = "fiveRegions") String key,
        @NotNull @Schema(example = "REGIONS_SUM", description = "what the table computes for it") NoticeFigure.Measure measure,
        @NotNull @Size(max = 20) @Schema(example = "[\"西宁市\", \"海东市\", \"海西州\", \"海南州\", \"海北州\"]",
                description = "the 市州 (REGIONS_*) or parks (PARKS_*) it covers; empty for the others")
        List<@NotBlank @Size(max = 100) String> scope,
        @NotNull @Schema(example = "ROUNDED", description = "MORE_THAN_ROUND: 300余; MORE_THAN: 超过; ROUNDED: as printed")
        HeadlineFigure.Comparison comparison,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(example = "597") BigDecimal stated,
        @NotBlank @Size(max = 500) @Schema(example = "西宁、海东、海西、海南和海北五个重点地区签约金额共计597亿元")
        String noticeText,
        @NotBlank @Size(max = 200) @Schema(example = "青政办〔2017〕134号 开头") String source) {
}
