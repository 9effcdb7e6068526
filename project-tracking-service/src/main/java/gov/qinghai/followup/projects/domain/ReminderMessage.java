package gov.qinghai.followup.projects.domain;

import gov.qinghai.followup.common.outbox.Outbox;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reminder or overdue notice (134号 五) says to its unit through the outbox, by e-mail and webhook.
 * V26__notification_delivery_to_outbox.sql wrote the deliveries made before the outbox the same way.
 */
public final class ReminderMessage {
    /**
     * At most this many 序号 are written out in a reminder's message, however many projects its unit has unreported:
     * the message also gives the count, and beyond this many where the full list is. Every project is in the
     * reminder's projectIds, in the webhook's data.projectIds and at GET /api/v1/reminders/{id}/projects.
     */
    public static final int LISTED = 100;

    /**
     * A reminder's message in SQL pieces (ReminderService writes it in the insert): {@code beforeCount} + the
     * number of unreported projects + {@code afterCount} + up to {@link #LISTED} 序号, by fair ('第18届青洽会 1、2；
     * 第19届青洽会 1'), and when
     * there are more, {@code moreBeforeId} + the reminder's id + {@code moreAfterId}.
     */
    public record Wording(String beforeCount, String afterCount, String moreBeforeId, String moreAfterId) {
    }

    private ReminderMessage() {
    }

    /** 134号 五: reports on {@code period} are due by {@code due} (the 5th of the next month). */
    public static Wording wording(Reminder.Kind kind, YearMonth period, String due) {
        String more = "等（仅列前" + LISTED + "个序号，完整清单：/api/v1/reminders/";
        return kind == Reminder.Kind.REMINDER
                ? new Wording("请于" + due + "前报送" + period + "签约项目进展情况和存在的问题（青政办〔2017〕134号 五）。未报项目",
                        "个，序号：", more, "/projects）")
                : new Wording("已逾期：" + period + "签约项目进展情况应于" + due + "前报送（青政办〔2017〕134号 五），以下",
                        "个项目仍未报送，序号：", more, "/projects）");
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
