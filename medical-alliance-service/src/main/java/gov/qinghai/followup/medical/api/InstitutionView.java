package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.medical.domain.Institution;
import gov.qinghai.followup.medical.domain.InstitutionKind;
import gov.qinghai.followup.medical.domain.Level;
import gov.qinghai.followup.medical.domain.Ownership;
import gov.qinghai.followup.medical.domain.Tier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Institution", description = "A medical institution")
public record InstitutionView(
        @Schema(example = "1") Long id,
        @Schema(example = "青海省人民医院") String name,
        @Schema(example = "TERTIARY") Level level,
        @Schema(example = "PUBLIC") Ownership ownership,
        @Schema(example = "HOSPITAL") InstitutionKind kind,
        @Schema(example = "PROVINCE") Tier tier,
        @Schema(example = "1", description = "市州; null for provincial institutions") Long prefectureId,
        @Schema(example = "104") Long countyId,
        @Schema(example = "青政办〔2017〕140号 三(一)1") String source,
        @Schema(example = "0", description = "send back on update (optimistic locking)") long version) {

    static InstitutionView of(Institution i) {
        return new InstitutionView(i.id, i.name, i.level, i.ownership, i.kind, i.tier, i.prefectureId, i.countyId,
                i.source, i.version);
    }
}
