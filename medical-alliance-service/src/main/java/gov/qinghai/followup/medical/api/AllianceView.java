package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.medical.service.Charter;
import gov.qinghai.followup.medical.domain.Alliance;
import gov.qinghai.followup.medical.domain.AllianceKind;
import gov.qinghai.followup.medical.domain.AllianceStatus;
import gov.qinghai.followup.medical.service.Listings;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Alliance", description = "A 医联体 with its lead, scope and 章程 (140号 三(一), 三(二)1)")
public record AllianceView(
        @Schema(example = "1") Long id,
        @Schema(example = "青海省人民医院省级区域医疗联合体") String name,
        @Schema(example = "PROVINCIAL_REGIONAL") AllianceKind kind,
        @Schema(example = "省级区域医联体", description = "kind in Chinese (labels.properties)") String kindLabel,
        @Schema(example = "呼吸") String specialty,
        @Schema(example = "1") Long leadInstitutionId,
        @Schema(example = "青海省人民医院") String leadName,
        @Schema(example = "stated", description = "whether the notice states the lead or it was inferred") String leadBasis,
        @Schema(example = "3", description = "市州 of a 市州医疗集团 or 县域医共体; null = province-wide") Long prefectureId,
        @Schema(example = "302") Long countyId,
        @Schema(example = "ESTABLISHED") AllianceStatus status,
        @Schema(example = "已组建", description = "status in Chinese") String statusLabel,
        @Schema(example = "2016-05-01", description = "null = formed before the notice, date not given") LocalDate establishedOn,
        @Schema(example = "2017-11-30", description = "assessed 有明显成效 since") LocalDate effectiveSince,
        @Schema(example = "false") boolean countyPilot,
        Charter charter,
        @Schema(example = "[\"governance\", \"rules\"]", description = "章程 items not yet written down (140号 三(二)1)")
        java.util.List<String> charterMissing,
        @Schema(example = "青政办〔2017〕140号 三(一)1") String source,
        @Schema(example = "以省人民医院为核心的省级区域医疗联合体") String quote,
        @Schema(example = "0") long version) {

    static AllianceView of(Alliance a) {
        return of(a, Listings.institutionName(a.leadInstitutionId));
    }

    /** @param leadName the lead institution's name, looked up with the rest of its page */
    static AllianceView of(Alliance a, String leadName) {
        Labels labels = Labels.get();
        return new AllianceView(a.id, a.name, a.kind, labels.of(a.kind), a.specialty, a.leadInstitutionId, leadName,
                a.leadBasis, a.prefectureId, a.countyId, a.status, labels.of(a.status), a.establishedOn, a.effectiveSince, a.countyPilot,
                Charter.of(a), Charter.of(a).missing(), a.source, a.quote, a.version);
    }
}
