package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.medical.service.Listings;
import gov.qinghai.followup.medical.domain.Prefecture;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        return page(List.of(p)).get(0);
    }

    /** Prefectures with their counties, the counties of all of them in one query (no N+1). */
    static List<PrefectureView> page(List<Prefecture> prefectures) {
        List<Long> ids = prefectures.stream().map(p -> p.id).toList();
        Map<Long, List<CountyView>> counties = Listings.countiesOf(ids).stream().collect(Collectors.groupingBy(
                        c -> c.prefectureId, Collectors.mapping(c -> new CountyView(c.id, c.name, c.kind), Collectors.toList())));
        return prefectures.stream().map(p -> new PrefectureView(p.id, p.name, p.fullName, p.kind, p.healthBureau,
                counties.getOrDefault(p.id, List.of()))).toList();
    }
}
