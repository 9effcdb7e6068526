package gov.qinghai.followup.actionplan.jobs;

import gov.qinghai.followup.actionplan.domain.NumberList;
import gov.qinghai.followup.actionplan.domain.Reminder;
import gov.qinghai.followup.actionplan.domain.ReportingCalendar;
import gov.qinghai.followup.common.outbox.Outbox;
import gov.qinghai.followup.common.outbox.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a period's reminders into the outbox in the reminder job's transaction: one message per unit per period to
 * the webhook of notifications.webhook-url (NOTIFICATIONS_WEBHOOK_URL). The event key names the unit and period,
 * so a replayed period adds nothing. Without a webhook the reminders are only listed: 135号 gives no addresses.
 */
@ApplicationScoped
public class ReminderDelivery {
    public static final String TOPIC = "progress-report-reminder";
    @Inject
    Outbox outbox;
    @Inject
    gov.qinghai.followup.common.events.Events events;

    public static String eventKey(Reminder r) {
        return "reminder-" + r.period + "-unit-" + r.unit.id;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(YearMonth period) {
        Optional<Recipient> webhook = outbox.configuredWebhook();
        List<Reminder> reminders = Reminder.list("period = ?1 order by unit.id", period.toString());
        events.publishAll("reminder.issued", reminders.stream().map(r -> {
            Map<String, Object> fact = new LinkedHashMap<>();
            fact.put("reminderId", r.id);
            fact.put("period", r.period);
            fact.put("unit", r.unit.name);
            fact.put("prefecture", r.unit.prefecture);
            fact.put("taskNumbers", NumberList.parse(r.taskNumbers));
            fact.put("overdueRectificationFindings", NumberList.parse(r.rectificationFindings));
            fact.put("due", ReportingCalendar.due(period).toString());
            return new gov.qinghai.followup.common.events.Events.Draft("reminders/" + r.id, fact,
                    gov.qinghai.followup.common.events.Events.Scope.of(r.unit.name, r.unit.prefecture));
        }).toList());
        for (Reminder r : reminders) {
            List<Long> tasks = NumberList.parse(r.taskNumbers);
            List<Long> findings = NumberList.parse(r.rectificationFindings);
            if (webhook.isEmpty()) {
                continue;
            }
            String subject = "夏秋季攻势月度进展报送提醒（" + r.period + "）";
            String text = r.unit.name + "：" + (tasks.isEmpty() ? "" : "请于" + ReportingCalendar.due(period)
                    + "前报送任务 " + r.taskNumbers.replace(",", "、") + " 的 " + r.period + " 月度进展（青政办〔2017〕135号）。")
                    + (findings.isEmpty() ? "" : "督查发现问题 " + r.rectificationFindings.replace(",", "、")
                    + " 的整改已逾期，请抓紧整改并报送整改情况（青政办〔2017〕135号 三、（三））。");
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("reminderId", r.id);
            data.put("period", r.period);
            data.put("unit", r.unit.name);
            data.put("taskNumbers", tasks);
            data.put("overdueRectificationFindings", findings);
            data.put("due", ReportingCalendar.due(period).toString());
            outbox.enqueue(webhook.get(), new Outbox.Message(TOPIC, eventKey(r), subject, text, data));
        }
        return webhook.isEmpty() ? 0 : reminders.size();
    }
}
