package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.common.outbox.Outbox;
import gov.qinghai.followup.common.outbox.Recipient;
import gov.qinghai.followup.projects.domain.OwedMonths;
import gov.qinghai.followup.projects.domain.Reminder;
import gov.qinghai.followup.projects.domain.ReminderMessage;
import gov.qinghai.followup.projects.domain.ReportingDeadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * 134号 五 (每月5日前报送): on the 1st a reminder to every unit that still lacks last month's report on some of
 * its projects that owe that month ({@link OwedMonths}: from their fair's month to their completion or the fair's
 * closing), on the 6th the overdue notice to the units still lacking them. One run per month, however
 * many replicas fire the job; the units are picked in SQL. However many projects a unit has unreported, its
 * reminder holds them all (project_ids) and its message stays short ({@link ReminderMessage#LISTED}). Each
 * reminder is enqueued in the outbox (e-mail to the unit's contact address, the unit's own webhook, and the configured
 * webhook) in the
 * job's transaction.
 */
@ApplicationScoped
public class ReminderService {
    public static final String MONTHLY = "monthly-reminder";
    public static final String OVERDUE = "overdue-scan";
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    @Inject
    EntityManager em;
    @Inject
    JobRunLedger ledger;
    @Inject
    Outbox outbox;
    @Inject
    gov.qinghai.followup.common.events.Events events;
    @Inject
    Clock clock;

    public record Outcome(String job, String period, boolean ran, int items) {
    }

    /** The period a run on {@code date} is about: the month before. */
    public static YearMonth periodFor(LocalDate date) {
        return YearMonth.from(date).minusMonths(1);
    }

    @Transactional
    public Outcome run(String job, LocalDate date, String triggeredBy) {
        Reminder.Kind kind = MONTHLY.equals(job) ? Reminder.Kind.REMINDER : Reminder.Kind.OVERDUE;
        YearMonth period = periodFor(date);
        if (!ledger.claim(job, period.toString(), triggeredBy)) {
            return new Outcome(job, period.toString(), false, 0);
        }
        ReminderMessage.Wording text = ReminderMessage.wording(kind, period, DUE.format(ReportingDeadline.dueFor(period)));
        // The message names the count and the first LISTED 序号, by fair (序号 restart in every fair's table);
        // project_ids holds every project.
        int created = em.createNativeQuery("""
                with missing as (
                    select p.unit_id, p.fair_id, p.id, p.seq,
                           row_number() over (partition by p.unit_id order by p.fair_id, p.seq, p.id) n
                    from project p join fair f on f.id = p.fair_id
                    where %s
                      and not exists (select 1 from progress_report r
                                      where r.project_id = p.id and r.period = ?2 and r.is_current)),
                listed as (
                    select l.unit_id, string_agg('第' || f.edition || '届青洽会 ' || l.seqs, '；' order by l.fair_id) seqs
                    from (select unit_id, fair_id, string_agg(seq::text, '、' order by n) seqs
                          from missing where n <= ?6 group by unit_id, fair_id) l
                    join fair f on f.id = l.fair_id
                    group by l.unit_id),
                owed as (
                    select nextval('reminder_seq') id, unit_id, array_agg(id order by n) ids
                    from missing group by unit_id)
                insert into reminder (id, kind, period, unit_id, due_at, project_ids, message, created_at)
                select o.id, ?1, ?2, o.unit_id, ?3, o.ids, ?4 || cardinality(o.ids) || ?5 || l.seqs
                       || case when cardinality(o.ids) > ?6 then ?7 || o.id || ?8 else '' end, ?9
                from owed o join listed l on l.unit_id = o.unit_id
                on conflict (kind, period, unit_id) do nothing""".formatted(OwedMonths.sql("p", "f", "cast(?2 as varchar)")))
                .setParameter(1, kind.name()).setParameter(2, period.toString())
                .setParameter(3, ReportingDeadline.dueFor(period).toOffsetDateTime())
                .setParameter(4, text.beforeCount()).setParameter(5, text.afterCount())
                .setParameter(6, ReminderMessage.LISTED).setParameter(7, text.moreBeforeId())
                .setParameter(8, text.moreAfterId()).setParameter(9, clock.instant())
                .executeUpdate();
        queueDeliveries(kind, period.toString());
        ledger.finish(job, period.toString(), created);
        return new Outcome(job, period.toString(), true, created);
    }

    private void queueDeliveries(Reminder.Kind kind, String period) {
        List<Reminder> reminders = Reminder.list("from Reminder r join fetch r.unit where r.kind = ?1 and r.period = ?2",
                kind, period);
        Optional<Recipient> webhook = outbox.configuredWebhook();
        List<gov.qinghai.followup.common.events.Events.Draft> issued = new java.util.ArrayList<>();
        for (Reminder r : reminders) {
            java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("reminderId", r.id);
            data.put("kind", r.kind.name());
            data.put("period", r.period);
            data.put("unit", r.unit.name);
            data.put("prefecture", r.unit.prefecture);
            data.put("dueAt", r.dueAt.toString());
            data.put("projects", r.projectIds.size());
            issued.add(new gov.qinghai.followup.common.events.Events.Draft("reminders/" + r.id, data,
                    gov.qinghai.followup.common.events.Events.Scope.of(r.unit.name, r.unit.prefecture)));
            Outbox.Message message = ReminderMessage.of(r);
            if (r.unit.contactEmail != null && !r.unit.contactEmail.isBlank()) {
                outbox.enqueue(Recipient.email(r.unit.contactEmail), message);
            }
            if (r.unit.contactWebhook != null && !r.unit.contactWebhook.isBlank()) {
                outbox.enqueue(Recipient.webhook(r.unit.contactWebhook), message);
            }
            webhook.ifPresent(to -> outbox.enqueue(to, message));
        }
        events.publishAll("reminder.issued", issued);
    }
}
