package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.common.input.Window;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's monthly report on a task; version is required on update only. */
@Schema(name = "ProgressReportInput")
public record ReportInput(
        @NotNull @Window(kind = Window.Kind.MONTH)
        @Schema(example = "2017-09") String period,
        @Size(max = 100) @Schema(example = "省经济和信息化委",
                description = "the reporting unit; a reporter may omit it (its token's unit is used)") String unit,
        @NotBlank @Size(max = 4000) @Schema(example = "已关闭退出煤矿12处，压减产能120万吨。") String narrative,
        @Size(max = 4000) @Schema(example = "职工安置资金缺口较大。") String problems,
        @Size(max = 20) @Schema(example = "[\"https://jxw.qinghai.gov.cn/tz/2017-09.pdf\"]",
                description = "each an http(s) link") List<@NotBlank @Size(max = 190) String> evidenceLinks,
        @Size(max = 20) List<@Valid @NotNull Actual> actuals,
        @Schema(example = "0", description = "the version you read (update only)") Long version) {
    /** What an evidence link looks like (checked by ReportService, answered in the request's language). */
    public static final String LINK = "https?://\\S+";

    @Schema(name = "IndicatorActualInput")
    public record Actual(
            @NotBlank @Schema(example = "21-coal") String indicatorCode,
            @NotNull @Digits(integer = 10, fraction = 4) @Schema(example = "120") BigDecimal value,
            @NotNull @Schema(example = "2017-09-30", description = "the date the value refers to") LocalDate asOf) {
    }
}
