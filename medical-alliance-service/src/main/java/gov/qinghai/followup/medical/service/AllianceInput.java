package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.medical.domain.AllianceKind;
import gov.qinghai.followup.medical.domain.AllianceStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AllianceInput", description = "Create (version ignored) or update (version required) an alliance")
public record AllianceInput(
        @NotBlank @Size(max = 120) @Schema(example = "海西州人民医院医疗集团") String name,
        @NotNull @Schema(example = "PREFECTURE_GROUP") AllianceKind kind,
        @Size(max = 40) @Schema(example = "呼吸") String specialty,
        @Schema(example = "1", description = "the lead institution; a 市州医疗集团 needs a 市级医院, a 县域医共体 a 县级公立医院 "
                + "(the seed's 1–8 are provincial: leave it out until one is registered)") Long leadInstitutionId,
        @Schema(example = "3") Long prefectureId,
        @Schema(example = "302") Long countyId,
        @NotNull @Schema(example = "ESTABLISHED") AllianceStatus status,
        @Window(since = DateWindows.FORMED_SINCE, why = DateWindows.FORMED_WHY)
        @Schema(example = "2017-09-15") LocalDate establishedOn,
        @Schema(example = "false") boolean countyPilot,
        @Valid Charter charter,
        @Schema(example = "0") Long version) {
}
