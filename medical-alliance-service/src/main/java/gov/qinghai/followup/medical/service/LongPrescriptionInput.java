package gov.qinghai.followup.medical.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A 长处方 to record: the use case's input (the resource validates it, the service applies 140号 三(二)3). */
@Schema(name = "LongPrescriptionInput")
public record LongPrescriptionInput(
        @NotNull @Schema(example = "1", description = "the prescribing institution (1: 青海省人民医院 of the seed)")
        Long institutionId,
        @NotBlank @Schema(example = "630102199001011235") String nationalId,
        @NotNull @Schema(example = "true", description = "家庭医生签约 patient") Boolean contracted,
        @NotNull @Schema(example = "true", description = "病情稳定的慢性病") Boolean stableChronic,
        @NotBlank @Size(max = 100) @Schema(example = "高血压") String condition,
        @NotNull @Schema(example = "2017-10-01") LocalDate startDate,
        @NotNull @Schema(example = "60", description = "at most 60 (2个月用药量, 140号 三(二)3), together with what the "
                + "patient still holds for the condition") Integer days) {
    /** The documented request: a 60-day supply, the most 140号 三(二)3 allows; the seed's institution 1. */
    public static final String EXAMPLE = "{\"institutionId\":1,\"nationalId\":\"630102199001011235\","
            + "\"contracted\":true,\"stableChronic\":true,\"condition\":\"高血压\",\"startDate\":\"2017-10-01\","
            + "\"days\":60}";

    @Override
    public String toString() {
        return "LongPrescriptionInput[institution=" + institutionId + ", nationalId=***]";
    }
}
