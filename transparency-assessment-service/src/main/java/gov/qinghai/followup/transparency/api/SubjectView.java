package gov.qinghai.followup.transparency.api;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.transparency.domain.AssessmentSubject;
import gov.qinghai.followup.transparency.domain.SubjectKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentSubject", description = "A 考核对象 of 青政办〔2017〕137号 第二条")
public record SubjectView(
        @Schema(example = "1") Long id,
        @Schema(example = "西宁市政府") String name,
        @Schema(example = "PREFECTURE_GOVERNMENT") SubjectKind kind,
        @Schema(example = "市州政府") String kindLabel,
        @Schema(example = "西宁市", description = "null for provincial departments") String prefecture,
        @Schema(example = "gk@xining.gov.cn") String contactEmail,
        @Schema(example = "青政办〔2017〕135号 任务13 责任单位 (gazette line 578)",
                description = "where a seeded subject comes from; null for subjects added by admins") String source,
        @Schema(example = "省政务公开领导小组办公室", description = "whose office assesses it (137号 第五条, 第十五条)")
        String assessedBy,
        @Schema(example = "true", description = "false once deactivated: kept with its history, not taken into a new round")
        boolean active,
        @Schema(example = "机构改革：职责划入省政务服务监督管理局") String deactivationReason,
        @Schema(example = "0", description = "send back on update (optimistic locking)") long version) {

    static SubjectView of(AssessmentSubject s) {
        return new SubjectView(s.id, s.name, s.kind, Labels.get().of(s.kind), s.prefecture, s.contactEmail, s.source,
                s.kind.assessingOffice(s.prefecture), s.active,
                s.deactivationReason, s.version);
    }
}
