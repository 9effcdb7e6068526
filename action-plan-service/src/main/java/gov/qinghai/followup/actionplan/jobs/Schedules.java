package gov.qinghai.followup.actionplan.jobs;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * When each job fires (北京时间), as in the other services: Quartz (clustered) fires each trigger on one replica, and
 * the job ledger still processes a period once. The identities name the triggers stored in the schema's qrtz_
 * tables (the jobs' names since the first release): keep them stable.
 */
@ApplicationScoped
public class Schedules {
    private static final String BY = "scheduler";

    @Inject
    Clock clock;
    @Inject
    OverdueScanJob overdueScan;
    @Inject
    ReminderJob reminders;
    @Inject
    QuarterlyReportJob quarterlyReport;

    @Scheduled(identity = OverdueScanJob.NAME, cron = "0 30 7 * * ?", timeZone = "Asia/Shanghai")
    void dailyOverdueScan() {
        overdueScan.run(LocalDate.now(clock), BY);
    }

    @Scheduled(identity = ReminderJob.NAME, cron = "0 0 8 1 * ?", timeZone = "Asia/Shanghai")
    void monthlyReminders() {
        reminders.run(LocalDate.now(clock), BY);
    }

    @Scheduled(identity = QuarterlyReportJob.NAME, cron = "0 0 9 1 1,4,7,10 ?", timeZone = "Asia/Shanghai")
    void quarterlyReport() {
        quarterlyReport.run(LocalDate.now(clock), BY);
    }
}
