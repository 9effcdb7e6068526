package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.outbox.Outbox;
import gov.qinghai.followup.common.outbox.Recipient;
import gov.qinghai.followup.medical.domain.FhirReferral;
import gov.qinghai.followup.medical.domain.Institution;
import gov.qinghai.followup.medical.domain.Referral;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells both sides of a 双向转诊 (140号 三(二)4 "建立双向转诊绿色通道", "确保预约转诊优先诊疗") what happened to it: when it
 * is requested, accepted, rejected or completed, the receiving and the referring institution each get one message
 * per channel, written into the outbox in the step's transaction (a rolled-back step notifies nobody): by e-mail to
 * the institution's contactEmail, by POST to its contactWebhook, and to the service-wide notifications.webhook-url
 * when that is set. The message names the referral (id and number), the step and the other institution; never the
 * patient (no patientRef, reason or feedback: the institution reads those in the API, where access is checked).
 */
@ApplicationScoped
public class ReferralNotices {
    static final String RECEIVING = "RECEIVING";
    static final String REFERRING = "REFERRING";

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Referral r, String event) {
        Institution from = Institution.findById(r.fromInstitutionId);
        Institution to = Institution.findById(r.toInstitutionId);
        send(r, event, RECEIVING, to, from);
        send(r, event, REFERRING, from, to);
    }

    /** The channels an institution is reached on: its own e-mail and webhook, and the service-wide webhook. */
    List<Recipient> recipients(Institution unit) {
        List<Recipient> out = new ArrayList<>();
        if (unit.contactEmail != null) {
            out.add(Recipient.email(unit.contactEmail));
        }
        if (unit.contactWebhook != null) {
            out.add(Recipient.webhook(unit.contactWebhook));
        }
        outbox.configuredWebhook().filter(w -> !out.contains(w)).ifPresent(out::add);
        return out;
    }

    private void send(Referral r, String event, String side, Institution unit, Institution other) {
        String number = FhirReferral.number(r);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referralId", r.id);
        data.put("number", number);
        data.put("event", event);
        data.put("status", r.status.name());
        data.put("fhirStatus", r.status.fhirCode);
        data.put("side", side);
        data.put("unit", unit.name);
        data.put("otherInstitution", other.name);
        data.put("direction", r.direction.name());
        data.put("urgency", r.urgency.fhirCode);
        if (r.appointmentAt != null) {
            data.put("appointmentAt", r.appointmentAt.toString());
        }
        String subject = "转诊 " + number + " " + switch (event) {
            case "requested" -> "已申请";
            case "accepted" -> "已接收";
            case "rejected" -> "已拒绝";
            case "completed" -> "已完成";
            default -> event;
        };
        String text = unit.name + "：" + subject + "（" + (RECEIVING.equals(side) ? "转出机构 " : "接收机构 ")
                + other.name + "）。详情请登录系统查看转诊 " + r.id + "。";
        Outbox.Message m = new Outbox.Message("referral-" + event, "referral-" + r.id + "-" + event + "-"
                + side.toLowerCase(Locale.ROOT), subject, text, data);
        for (Recipient to : recipients(unit)) {
            outbox.enqueue(to, m);
        }
    }
}
