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
import java.time.YearMonth;

/**
 * Monthly: every 市州 health bureau that has not reported last month's 家庭医生签约 figures gets a reminder.
 * Run on the 6th (figures for month M are expected by the 5th of M+1; a local convention — 140号 sets no date).
 * The reminders go out through the outbox (ReminderDelivery) in the same transaction.
 */
@ApplicationScoped
public class FamilyDoctorReminders implements PeriodJob {
    public static final String NAME = "family-doctor-reminders";
    @Inject
    JobRunLedger ledger;
    @Inject
    EntityManager em;
    @Inject
    ReminderDelivery delivery;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Monthly, on the 6th: reminds each 市州 health bureau without 家庭医生 figures for the month before the date (2019-03-06 → 2019-02)";
    }

    public String periodFor(LocalDate date) {
        return YearMonth.from(date).minusMonths(1).toString();
    }

    @Override
    @Transactional
    public JobResult run(LocalDate date, String triggeredBy) {
        String period = periodFor(date);
        return ledger.once(NAME, period, triggeredBy, () -> {
            int n = em.createNativeQuery("""
                    insert into reminder (kind, unit, period, reference_id, subject)
                    select ?2, p.health_bureau, ?1, 0, concat(p.name, ' 未报送 ', ?1, ' 家庭医生签约服务数据 (青政办〔2017〕140号 三(二)3)')
                    from prefecture p
                    where not exists (select 1 from family_doctor_figure f where f.prefecture_id = p.id and f.period = ?1)
                    on conflict do nothing""").setParameter(1, period).setParameter(2, Reminder.MISSING_FIGURES)
                    .executeUpdate();
            delivery.enqueue(Reminder.MISSING_FIGURES, period);
            return new JobRunLedger.Done(n, null);
        });
    }
}
