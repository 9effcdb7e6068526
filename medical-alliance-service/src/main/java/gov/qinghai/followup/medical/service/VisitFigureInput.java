package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.input.Window;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VisitFigureInput", description = "One month's 诊疗人次 of a 市州 (140号 四(四))")
public record VisitFigureInput(
        @NotNull @Schema(example = "3") Long prefectureId,
        @NotNull @Window(kind = Window.Kind.MONTH) @Schema(example = "2017-09") String period,
        @NotNull @Min(1) @Schema(example = "410000", description = "诊疗人次 at all institutions of the 市州")
        Long totalVisits,
        @NotNull @Min(0) @Schema(example = "205000", description = "of them at 基层医疗卫生机构 (乡镇卫生院, 社区卫生服务中心, "
                + "村卫生室)") Long primaryVisits,
        @Schema(example = "0", description = "the version you read, when correcting a reported month") Long version) {
}
