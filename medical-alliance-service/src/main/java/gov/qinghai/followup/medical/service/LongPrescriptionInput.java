package gov.qinghai.followup.medical.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A 长处方 to record: the use case's input (the resource validates it, the service applies 140号 三(二)3). */
@Schema(name = "LongPrescriptionInput")
public record LongPrescriptionInput(
        @NotNull @Schema(example = "1001") Long institutionId,
        @NotBlank @Schema(example = "630102199001011234") String nationalId,
        @NotNull @Schema(example = "true", description = "家庭医生签约 patient") Boolean contracted,
        @NotNull @Schema(example = "true", description = "病情稳定的慢性病") Boolean stableChronic,
        @NotBlank @Size(max = 100) @Schema(example = "高血压") String condition,
        @NotNull @Schema(example = "2017-10-01") LocalDate startDate,
        @NotNull @Schema(example = "61") Integer days) {
    @Override
    public String toString() {
        return "LongPrescriptionInput[institution=" + institutionId + ", nationalId=***]";
    }
}
