package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.outbox.OutboxMessage;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.projects.domain.Project;
import gov.qinghai.followup.projects.domain.Reminder;
import gov.qinghai.followup.projects.domain.ReminderMessage;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Reminders and overdue notices as the API shows them, with their outbox deliveries and the projects they name. */
@ApplicationScoped
public class ReminderQueries {

    /** A page of reminders and the total; filters that are null do not apply. */
    public record Slice(List<Reminder> items, long total) {
    }

    public Slice list(Long unitId, String period, Reminder.Kind kind, Long fairId, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (fairId != null) {
            where.append(" and exists (select 1 from Project fp where fp.fair.id = :fair"
                    + " and array_contains(r.projectIds, fp.id))");
            p.and("fair", fairId);
        }
        if (unitId != null) {
            where.append(" and r.unit.id = :unit");
            p.and("unit", unitId);
        }
        if (period != null) {
            where.append(" and r.period = :period");
            p.and("period", period);
        }
        if (kind != null) {
            where.append(" and r.kind = :kind");
            p.and("kind", kind);
        }
        List<Reminder> rows = Reminder.<Reminder>find("from Reminder r join fetch r.unit where " + where,
                Sort.descending("r.period").and("r.kind").and("r.unit.id", Sort.Direction.Ascending), p)
                .page(page, size).list();
        return new Slice(rows, Reminder.count("from Reminder r where " + where, p));
    }

    public Reminder find(long id) {
        return Reminder.<Reminder>findByIdOptional(id).orElseThrow(() -> Problems.notFound("reminder", id));
    }

    /** The outbox messages (e-mail, webhooks) of these reminders. */
    public List<OutboxMessage> deliveries(List<Long> reminderIds) {
        return reminderIds.isEmpty() ? List.of() : OutboxMessage.list("eventKey in ?1 order by channel, recipient",
                reminderIds.stream().map(ReminderMessage::eventKey).toList());
    }

    /** The projects of these ids with their unit and fair, in the order given. */
    public List<Project> projects(List<Long> ids) {
        Map<Long, Project> byId = ids.isEmpty() ? Map.of() : Project.<Project>list(
                "from Project p join fetch p.unit join fetch p.fair where p.id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
