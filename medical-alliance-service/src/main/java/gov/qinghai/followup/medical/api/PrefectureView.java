package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.medical.domain.County;
import gov.qinghai.followup.medical.domain.Prefecture;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Prefecture", description = "One of the eight 市州 with its county-level divisions (2017)")
public record PrefectureView(
        @Schema(example = "3") Long id,
        @Schema(example = "海西州") String name,
        @Schema(example = "海西蒙古族藏族自治州") String fullName,
        @Schema(example = "AUTONOMOUS_PREFECTURE") String kind,
        @Schema(example = "海西州卫生计生委", description = "unit claim of this 市州's health authority") String healthBureau,
        List<CountyView> counties) {

    @Schema(name = "County")
    public record CountyView(@Schema(example = "302") Long id, @Schema(example = "格尔木市") String name,
                             @Schema(example = "COUNTY_CITY") String kind) {
    }

    static PrefectureView of(Prefecture p) {
        List<CountyView> counties = County.<County>list("prefectureId = ?1 order by id", p.id).stream()
                .map(c -> new CountyView(c.id, c.name, c.kind)).toList();
        return new PrefectureView(p.id, p.name, p.fullName, p.kind, p.healthBureau, counties);
    }
}
