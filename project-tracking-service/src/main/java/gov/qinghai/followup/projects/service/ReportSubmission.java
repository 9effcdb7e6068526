package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.input.Window;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressReportSubmission", description = "A unit's monthly report on one project (134号 五)")
public record ReportSubmission(
        @NotNull @Window(kind = Window.Kind.MONTH)
        @Schema(example = "2017-09") String period,
        @NotNull @Schema(example = "true", description = "履约: the contract is being performed") Boolean contractPerformed,
        @NotNull @Schema(example = "true", description = "开工: construction has started") Boolean constructionStarted,
        @NotNull @Schema(example = "false", description = "竣工/投产") Boolean completed,
        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2)
        @Schema(example = "0.35", description = "cumulative funds in place, 亿元") BigDecimal fundsInPlace,
        @Size(max = 1000) @Schema(example = "追加投资已签补充协议") String overTotalReason,
        @Size(max = 1000) @Schema(example = "投资方撤回部分资金", description = "required when cumulative funds in place "
                + "are less than an earlier month's (or more than a later month's)") String fundsDecreaseReason,
        @Size(max = 4000) @Schema(example = "完成厂房基础施工") String progress,
        @Size(max = 4000) @Schema(example = "用地手续尚未办结", description = "存在的问题") String problems) {
}
