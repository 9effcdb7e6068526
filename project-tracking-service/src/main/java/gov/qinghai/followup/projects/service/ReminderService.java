package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.common.outbox.Outbox;
import gov.qinghai.followup.common.outbox.Recipient;
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
 * its projects, on the 6th the overdue notice to the units still lacking them. One run per month, however
 * many replicas fire the job; the units are picked in SQL. Each reminder is enqueued in the outbox (e-mail to the
 * unit's contact address, and the configured webhook) in the job's transaction.
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
        String due = DUE.format(ReportingDeadline.dueFor(period));
        String text = kind == Reminder.Kind.REMINDER
                ? "请于" + due + "前报送" + period + "签约项目进展情况和存在的问题（青政办〔2017〕134号 五）。未报项目序号："
                : "已逾期：" + period + "签约项目进展情况应于" + due + "前报送（青政办〔2017〕134号 五），以下项目仍未报送，序号：";
        int created = em.createNativeQuery("""
                insert into reminder (id, kind, period, unit_id, due_at, project_ids, message, created_at)
                select nextval('reminder_seq'), ?1, ?2, m.unit_id, ?3, m.ids, ?4 || m.seqs, ?5
                from (select p.unit_id, array_agg(p.id order by p.seq) ids,
                             string_agg(p.seq::text, '、' order by p.seq) seqs
                      from project p
                      where not exists (select 1 from progress_report r
                                        where r.project_id = p.id and r.period = ?2 and r.is_current)
                      group by p.unit_id) m
                on conflict (kind, period, unit_id) do nothing""")
                .setParameter(1, kind.name()).setParameter(2, period.toString())
                .setParameter(3, ReportingDeadline.dueFor(period).toOffsetDateTime())
                .setParameter(4, text).setParameter(5, clock.instant())
                .executeUpdate();
        queueDeliveries(kind, period.toString());
        ledger.finish(job, period.toString(), created);
        return new Outcome(job, period.toString(), true, created);
    }

    private void queueDeliveries(Reminder.Kind kind, String period) {
        List<Reminder> reminders = Reminder.list("from Reminder r join fetch r.unit where r.kind = ?1 and r.period = ?2",
                kind, period);
        Optional<Recipient> webhook = outbox.configuredWebhook();
        for (Reminder r : reminders) {
            Outbox.Message message = ReminderMessage.of(r);
            if (r.unit.contactEmail != null && !r.unit.contactEmail.isBlank()) {
                outbox.enqueue(Recipient.email(r.unit.contactEmail), message);
            }
            webhook.ifPresent(to -> outbox.enqueue(to, message));
        }
    }
}
