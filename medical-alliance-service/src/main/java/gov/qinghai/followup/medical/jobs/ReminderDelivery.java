package gov.qinghai.followup.medical.jobs;

import gov.qinghai.followup.common.outbox.Outbox;
import gov.qinghai.followup.common.outbox.Recipient;
import gov.qinghai.followup.medical.domain.Reminder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the reminders a job wrote into the outbox, in the job's transaction: one message per reminder to the
 * webhook of notifications.webhook-url (NOTIFICATIONS_WEBHOOK_URL); without one, reminders are only listed.
 */
@ApplicationScoped
public class ReminderDelivery {
    @Inject
    Outbox outbox;
    @Inject
    gov.qinghai.followup.common.events.Events events;

    /** The outbox event key of a reminder. */
    public static String eventKey(long reminderId) {
        return "reminder-" + reminderId;
    }

    /** The outbox topic of a reminder kind: MISSING_FAMILY_DOCTOR_FIGURES → missing-family-doctor-figures. */
    public static String topic(String kind) {
        return kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String kind, String period) {
        Optional<Recipient> webhook = outbox.configuredWebhook();
        java.util.List<Reminder> reminders = Reminder.list("kind = ?1 and period = ?2 order by id", kind, period);
        events.publishAll("reminder.issued", reminders.stream().map(r -> {
            Map<String, Object> fact = new LinkedHashMap<>();
            fact.put("reminderId", r.id);
            fact.put("kind", r.kind);
            fact.put("period", r.period);
            fact.put("unit", r.unit);
            fact.put("referenceId", r.referenceId);
            return new gov.qinghai.followup.common.events.Events.Draft("reminders/" + r.id, fact,
                    gov.qinghai.followup.common.events.Events.Scope.of(r.unit, null));
        }).toList());
        for (Reminder r : reminders) {
            if (webhook.isEmpty()) {
                continue;
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("reminderId", r.id);
            data.put("kind", r.kind);
            data.put("unit", r.unit);
            data.put("period", r.period);
            data.put("referenceId", r.referenceId);
            data.put("subject", r.subject);
            outbox.enqueue(webhook.get(), new Outbox.Message(topic(kind), eventKey(r.id), r.subject,
                    r.unit + "：" + r.subject, data));
        }
    }
}
