package gov.qinghai.followup.actionplan.jobs;

import gov.qinghai.followup.actionplan.domain.TaskStatusRule.IndicatorFacts;
import gov.qinghai.followup.actionplan.service.StatusService;
import gov.qinghai.followup.actionplan.service.StatusService.TaskState;
import gov.qinghai.followup.common.jobs.JobRunLedger;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** Daily: records each indicator newly found past its deadline and unmet (once per indicator). */
@ApplicationScoped
public class OverdueScanJob {
    public static final String NAME = "overdue-scan";
    @Inject
    JobRunLedger ledger;
    @Inject
    StatusService status;
    @Inject
    EntityManager em;

    @Scheduled(cron = "0 30 7 * * ?", timeZone = "Asia/Shanghai", identity = NAME)
    void scheduled() {
        run(LocalDate.now(), "scheduler");
    }

    @Transactional
    public JobResult run(LocalDate date, String triggeredBy) {
        if (!ledger.claim(NAME, date.toString(), triggeredBy)) {
            return new JobResult(NAME, date.toString(), false, 0, "already done for " + date);
        }
        int n = 0;
        for (TaskState s : status.all(date).values()) {
            for (IndicatorFacts i : s.indicators()) {
                boolean unmet = i.actual() == null || !i.comparator().satisfied(i.actual(), i.target());
                if (unmet && date.isAfter(i.deadline())) {
                    n += em.createNativeQuery("""
                            insert into overdue_event (id, indicator_id, detected_on, detail)
                            select nextval('overdue_event_seq'), i.id, ?2, ?3 from indicator i where i.code = ?1
                            on conflict (indicator_id) do nothing""")
                            .setParameter(1, i.code()).setParameter(2, java.sql.Date.valueOf(date))
                            .setParameter(3, "task " + s.number() + ": " + i.code() + " unmet at deadline " + i.deadline())
                            .executeUpdate();
                }
            }
        }
        ledger.finish(NAME, date.toString(), n);
        return new JobResult(NAME, date.toString(), true, n, n + " indicators newly overdue");
    }
}
