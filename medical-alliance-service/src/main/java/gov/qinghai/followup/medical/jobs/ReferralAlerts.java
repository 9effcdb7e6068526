package gov.qinghai.followup.medical.jobs;

import gov.qinghai.followup.common.jobs.JobResult;
import gov.qinghai.followup.common.jobs.PeriodJob;
import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.medical.domain.Reminder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Daily: every referral still 'requested' more than N days (medical.referral.pending-alert-days) before the
 * start of the day alerts the receiving institution — 140号 三(二)4 asks for 顺畅的转诊 and 优先诊疗. The alerts go out
 * through the outbox (ReminderDelivery) in the same transaction.
 */
@ApplicationScoped
public class ReferralAlerts implements PeriodJob {
    public static final String NAME = "pending-referral-alerts";
    @Inject
    JobRunLedger ledger;
    @Inject
    EntityManager em;
    @Inject
    ReminderDelivery delivery;
    @ConfigProperty(name = "medical.referral.pending-alert-days")
    int pendingDays;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Daily: alerts the receiving institution about referrals pending too long on the date (period = the date)";
    }

    public String periodFor(LocalDate date) {
        return date.toString();
    }

    @Override
    @Transactional
    public JobResult run(LocalDate date, String triggeredBy) {
        String period = periodFor(date);
        return ledger.once(NAME, period, triggeredBy, () -> {
            int n = em.createNativeQuery("""
                    insert into reminder (kind, unit, period, reference_id, subject)
                    select ?2, i.name, ?1, r.id, concat('转诊 ', r.id, ' (', r.direction, ', ', r.priority, ') 自 ',
                           to_char(r.requested_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'), ' 起待受理超过 ', ?4, ' 天')
                    from referral r join institution i on i.id = r.to_institution_id
                    where r.status = 'REQUESTED' and r.requested_at < ?3
                    on conflict do nothing""")
                    .setParameter(1, period).setParameter(2, Reminder.PENDING_REFERRAL)
                    .setParameter(3, date.atStartOfDay(ZoneId.of("Asia/Shanghai")).minusDays(pendingDays).toInstant())
                    .setParameter(4, pendingDays)
                    .executeUpdate();
            delivery.enqueue(Reminder.PENDING_REFERRAL, period);
            return new JobRunLedger.Done(n, null);
        });
    }
}
