package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.projects.domain.ResponsibleUnit;
import gov.qinghai.followup.projects.domain.UnitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResponsibleUnit", description = "A 责任单位 of the attachment table of 青政办〔2017〕134号")
public record UnitView(
        @Schema(example = "2") Long id,
        @Schema(example = "西宁经济技术开发区管委会") String name,
        @Schema(example = "PARK_COMMITTEE") UnitKind kind,
        @Schema(example = "园区管委会", description = "the kind as a person reads it") String kindLabel,
        @Schema(example = "西宁市", description = "市州; null for provincial bodies") String prefecture,
        @Schema(example = "西宁经济技术开发区") String park,
        @Schema(example = "jkq@example.gov.cn") String contactEmail,
        @Schema(example = "https://oa.jkq.example.gov.cn/hooks/reminders") String contactWebhook,
        @Schema(example = "0", description = "send back on update (optimistic locking)") long version) {

    static UnitView of(ResponsibleUnit u) {
        return new UnitView(u.id, u.name, u.kind, Labels.get().of(u.kind), u.prefecture, u.park, u.contactEmail, u.contactWebhook, u.version);
    }
}
