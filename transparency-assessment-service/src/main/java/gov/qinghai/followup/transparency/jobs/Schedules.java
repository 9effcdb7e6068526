package gov.qinghai.followup.transparency.jobs;

import java.time.Clock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Cron triggers. Quartz (clustered) fires each on one replica; the ledger still processes a period once. The
 * identities name the triggers stored in the schema's qrtz_ tables, so they must stay stable.
 */
@ApplicationScoped
public class Schedules {
    @Inject
    Clock clock;
    private static final String BY = "scheduler";

    @Inject
    JobService jobs;

    @Scheduled(identity = "daily-reminders", cron = "0 0 1 * * ?", timeZone = "Asia/Shanghai")
    void daily() {
        LocalDate today = LocalDate.now(clock);
        jobs.run(JobService.RECTIFICATION, today, BY);
        jobs.run(JobService.DISCLOSURE, today, BY);
        jobs.run(JobService.MILESTONES, today, BY);
    }

    /** 137号 第九条 每年通报一次, and the annual report, for the previous year. */
    @Scheduled(identity = "annual-reports", cron = "0 0 2 10 1 ?", timeZone = "Asia/Shanghai")
    void annual() {
        LocalDate today = LocalDate.now(clock);
        jobs.run(JobService.BULLETIN, today, BY);
        jobs.run(JobService.REPORT, today, BY);
    }
}
