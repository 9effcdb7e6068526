package gov.qinghai.followup.transparency.jobs;

import jakarta.persistence.Tuple;
import gov.qinghai.followup.common.outbox.Outbox;
import gov.qinghai.followup.common.outbox.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Puts the reminders a job has just written into the outbox, in the job's transaction (Delivery). Each
 * reminder goes to the unit it concerns, by e-mail to its contact address (assessment_subject or pilot_unit
 * contact_email, when set), and to the webhook of notifications.webhook-url (NOTIFICATIONS_WEBHOOK_URL, when set):
 * one message per recipient. The event key names the reminder by job, period and item, so the message ids are the
 * same whenever the job runs for that date again.
 */
@ApplicationScoped
public class ReminderDelivery {
    private static final Logger LOG = Logger.getLogger(ReminderDelivery.class);

    @Inject
    Outbox outbox;

    /** A reminder as the job wrote it, with the contact address of its unit (null: none). */
    public record Written(long id, String unit, String refType, long refId, LocalDate dueOn, boolean overdue,
                          String message, String contactEmail) {
        /** A row of the job's insert … returning, by column name. */
        static Written of(Tuple row) {
            Object due = row.get("due_on");
            LocalDate dueOn = due instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) due;
            return new Written(row.get("id", Number.class).longValue(), row.get("unit", String.class),
                    row.get("ref_type", String.class), row.get("ref_id", Number.class).longValue(), dueOn,
                    row.get("overdue", Boolean.class), row.get("message", String.class),
                    row.get("contact_email", String.class));
        }
    }

    /** The outbox event key of a reminder: 2017-12-01/rectification-42 (period, kind of item, item id). */
    public static String eventKey(String period, String refType, long refId) {
        return period + "/" + refType.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + refId;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void enqueue(String job, String period, JobService.ReminderRule rule, List<Written> reminders) {
        Optional<Recipient> webhook = outbox.configuredWebhook();
        for (Written r : reminders) {
            Outbox.Message message = message(job, period, rule, r);
            email(r).ifPresent(to -> outbox.enqueue(to, message));
            webhook.ifPresent(to -> outbox.enqueue(to, message));
        }
    }

    static Outbox.Message message(String job, String period, JobService.ReminderRule rule, Written r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reminderId", r.id());
        data.put("job", job);
        data.put("period", period);
        data.put("unit", r.unit());
        data.put("refType", r.refType());
        data.put("refId", r.refId());
        data.put("dueOn", r.dueOn().toString());
        data.put("overdue", r.overdue());
        data.put("message", r.message());
        String subject = rule.title() + (r.overdue() ? "（已逾期）" : "") + "：" + r.unit();
        String text = r.unit() + "：\n" + r.message() + "\n依据：" + rule.basis();
        return new Outbox.Message(job, eventKey(period, r.refType(), r.refId()), subject, text, data);
    }

    /**
     * The unit's address, if it has one the outbox can take; an address stored before the inputs checked for spaces
     * is skipped (the webhook still gets the reminder) rather than failing the whole job.
     */
    private static Optional<Recipient> email(Written r) {
        if (r.contactEmail() == null || r.contactEmail().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Recipient.email(r.contactEmail()));
        } catch (IllegalArgumentException e) {
            LOG.warnf("reminder %d: the contact address of %s is not usable; only the webhook gets it", r.id(), r.unit());
            return Optional.empty();
        }
    }
}
