package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.input.Window;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RearrangementInput", description = "A 三级公立医院's 再安排、再部署 of its 医联体 work (140号 五(一))")
public record RearrangementInput(
        @NotNull @Window @Schema(example = "2017-08-28", description = "when it was done; not before the notice "
                + "(2017-08-03), not in the future") LocalDate doneOn,
        @NotBlank @Size(max = 200) @Schema(example = "青海省人民医院院发〔2017〕52号 医联体建设工作再部署方案")
        String documentRef,
        @Schema(example = "0", description = "the version you read, when correcting a recorded one") Long version) {
}
