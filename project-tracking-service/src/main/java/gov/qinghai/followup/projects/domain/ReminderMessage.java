package gov.qinghai.followup.projects.domain;

import gov.qinghai.followup.common.outbox.Outbox;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reminder or overdue notice (134号 五) says to its unit through the outbox, by e-mail and webhook.
 * V26__notification_delivery_to_outbox.sql wrote the deliveries made before the outbox the same way.
 */
public final class ReminderMessage {
    private ReminderMessage() {
    }

    /** The outbox event key of a reminder: its deliveries are the outbox messages with this key. */
    public static String eventKey(long reminderId) {
        return "reminder-" + reminderId;
    }

    public static Outbox.Message of(Reminder r) {
        boolean overdue = r.kind == Reminder.Kind.OVERDUE;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reminderId", r.id);
        data.put("kind", r.kind);
        data.put("period", r.period);
        data.put("unit", r.unit.name);
        data.put("dueAt", r.dueAt.toString());
        data.put("projectIds", r.projectIds);
        data.put("message", r.message);
        return new Outbox.Message(overdue ? "progress-overdue" : "progress-reminder", eventKey(r.id),
                (overdue ? "签约项目进展报送逾期 " : "签约项目进展报送提醒 ") + r.period, r.unit.name + "：\n" + r.message, data);
    }
}
