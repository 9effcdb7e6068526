package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.OverdueEvent;
import gov.qinghai.followup.actionplan.domain.Reminder;
import gov.qinghai.followup.common.outbox.OutboxMessage;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads of what the reminder and overdue-scan jobs wrote: reminders with their delivery, overdue events. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReminderQueries {

    /** Reminders newest month first, of a unit and a month when given. */
    public PanacheQuery<Reminder> reminders(String unit, String period) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (unit != null) {
            q.append(" and unit.name = :unit");
            p.and("unit", unit);
        }
        if (period != null) {
            q.append(" and period = :period");
            p.and("period", period);
        }
        return Reminder.find(q.toString(), Sort.descending("period").and("unit.id"), p.map());
    }

    /** The state of the outbox messages of a topic by event key (a key without a message is absent). */
    public Map<String, OutboxMessage.Status> deliveries(String topic, List<String> eventKeys) {
        Map<String, OutboxMessage.Status> delivery = new HashMap<>();
        if (!eventKeys.isEmpty()) {
            OutboxMessage.<OutboxMessage>list("topic = ?1 and eventKey in ?2", topic, eventKeys)
                    .forEach(m -> delivery.put(m.eventKey, m.status));
        }
        return delivery;
    }

    /** Overdue events newest first, of one task when given. */
    public PanacheQuery<OverdueEvent> overdueEvents(Integer task) {
        String q = task == null ? "1 = 1" : "task.number = :n";
        Parameters p = task == null ? new Parameters() : Parameters.with("n", task);
        return OverdueEvent.find(q, Sort.descending("detectedOn").and("id"), p.map());
    }
}
