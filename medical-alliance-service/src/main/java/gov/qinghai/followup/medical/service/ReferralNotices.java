package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.outbox.Outbox;
import gov.qinghai.followup.common.outbox.Recipient;
import gov.qinghai.followup.medical.domain.Institution;
import gov.qinghai.followup.medical.domain.Referral;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells both sides of a 双向转诊 (140号 三(二)4) what happened to it: when it is requested, accepted, rejected or
 * completed, one message per institution (the receiving and the referring one) goes into the outbox in the step's
 * transaction, to the webhook of notifications.webhook-url. The message names the referral, the step and the
 * institution it is for; never the patient (no patientRef, reason or feedback: the institution reads those in the
 * API, where access is checked).
 */
@ApplicationScoped
public class ReferralNotices {
    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Referral r, String event) {
        Optional<Recipient> webhook = outbox.configuredWebhook();
        if (webhook.isEmpty()) {
            return;
        }
        Map<Long, String> names = Institution.namesOf(java.util.List.of(r.fromInstitutionId, r.toInstitutionId));
        send(webhook.get(), r, event, "RECEIVING", names.get(r.toInstitutionId), names.get(r.fromInstitutionId));
        send(webhook.get(), r, event, "REFERRING", names.get(r.fromInstitutionId), names.get(r.toInstitutionId));
    }

    private void send(Recipient to, Referral r, String event, String side, String unit, String other) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referralId", r.id);
        data.put("event", event);
        data.put("status", r.status.name());
        data.put("fhirStatus", r.status.fhirCode);
        data.put("side", side);
        data.put("unit", unit);
        data.put("otherInstitution", other);
        data.put("direction", r.direction.name());
        data.put("urgency", r.urgency.fhirCode);
        String subject = "转诊 " + r.id + " " + switch (event) {
            case "requested" -> "已申请";
            case "accepted" -> "已接收";
            case "rejected" -> "已拒绝";
            case "completed" -> "已完成";
            default -> event;
        };
        String text = unit + "：" + subject + "（" + ("RECEIVING".equals(side) ? "转出机构 " : "接收机构 ") + other + "）";
        outbox.enqueue(to, new Outbox.Message("referral-" + event, "referral-" + r.id + "-" + event + "-"
                + side.toLowerCase(java.util.Locale.ROOT), subject, text, data));
    }
}
