package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.common.outbox.Channel;
import gov.qinghai.followup.common.outbox.OutboxAddresses;
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
        @Schema(example = "三级", description = "level in Chinese") String levelLabel,
        @Schema(example = "PUBLIC") Ownership ownership,
        @Schema(example = "HOSPITAL") InstitutionKind kind,
        @Schema(example = "医院", description = "kind in Chinese") String kindLabel,
        @Schema(example = "PROVINCE") Tier tier,
        @Schema(example = "1", description = "市州; null for provincial institutions") Long prefectureId,
        @Schema(example = "104") Long countyId,
        @Schema(example = "青政办〔2017〕140号 三(一)1") String source,
        @Schema(example = "zhuanzhen@gem-hospital.example.gov.cn", description = "where referral notices are e-mailed")
        String contactEmail,
        @Schema(example = "https://his.gem-hospital.example.gov.cn/referral-hook?***", description = "where referral "
                + "notices are POSTed; user-info, query and fragment shown as *** (they may carry a credential)")
        String contactWebhook,
        @Schema(example = "0", description = "send back on update (optimistic locking)") long version) {

    static InstitutionView of(Institution i) {
        Labels labels = Labels.get();
        return new InstitutionView(i.id, i.name, i.level, labels.of(i.level), i.ownership, i.kind, labels.of(i.kind),
                i.tier, i.prefectureId, i.countyId,
                i.source, i.contactEmail, i.contactWebhook == null ? null
                        : OutboxAddresses.display(Channel.WEBHOOK, i.contactWebhook), i.version);
    }
}
