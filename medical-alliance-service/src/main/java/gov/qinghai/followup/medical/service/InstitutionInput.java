package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.medical.domain.InstitutionKind;
import gov.qinghai.followup.medical.domain.Level;
import gov.qinghai.followup.medical.domain.Ownership;
import gov.qinghai.followup.medical.domain.Tier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InstitutionInput", description = "Create (version ignored) or update (version required) an institution")
public record InstitutionInput(
        @NotBlank @Size(max = 100) @Schema(example = "格尔木市人民医院") String name,
        @NotNull @Schema(example = "SECONDARY") Level level,
        @NotNull @Schema(example = "PUBLIC") Ownership ownership,
        @NotNull @Schema(example = "HOSPITAL") InstitutionKind kind,
        @NotNull @Schema(example = "COUNTY") Tier tier,
        @Schema(example = "3", description = "市州 id; derived from countyId when omitted") Long prefectureId,
        @Schema(example = "302") Long countyId,
        @Size(max = 200) @Schema(example = "registered by 海西州卫生计生委") String source,
        @Schema(example = "0", description = "the version you read (updates only)") Long version) {
}
