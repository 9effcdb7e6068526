package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.OverdueEvent;
import gov.qinghai.followup.actionplan.domain.Reminder;
import gov.qinghai.followup.common.outbox.OutboxMessage;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
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
        Where w = new Where().equal("unit.name", "unit", unit).equal("period", "period", period);
        return Reminder.find(w.query(), Sort.descending("period").and("unit.id"), w.params());
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
        Where w = new Where().equal("task.number", "n", task);
        return OverdueEvent.find(w.query(), Sort.descending("detectedOn").and("id"), w.params());
    }
}
