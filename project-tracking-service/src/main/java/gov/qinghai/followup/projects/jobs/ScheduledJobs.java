package gov.qinghai.followup.projects.jobs;

import gov.qinghai.followup.common.operations.Work;
import gov.qinghai.followup.projects.domain.ReportingDeadline;
import gov.qinghai.followup.projects.report.QuarterlyReports;
import gov.qinghai.followup.projects.service.ReminderService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The timetable of 134号 五 in Beijing time. Quartz (clustered) fires each trigger on one replica, and each job
 * claims its period in job_run, so a period is processed once; POST /api/v1/admin/jobs/{job}/run replays a job
 * for a given date. Job metrics come from the ledger (service-common
 * JobMetrics); reminders are delivered by the outbox dispatcher of service-common.
 */
@ApplicationScoped
public class ScheduledJobs {
    @Inject
    ReminderService reminders;
    @Inject
    QuarterlyReports quarterly;
    @Inject
    Clock clock;

    @Scheduled(identity = ReminderService.MONTHLY, cron = "0 0 8 1 * ?", timeZone = "Asia/Shanghai")
    void monthlyReminder() {
        reminders.run(ReminderService.MONTHLY, today(), "scheduler");
    }

    @Scheduled(identity = ReminderService.OVERDUE, cron = "0 0 8 6 * ?", timeZone = "Asia/Shanghai")
    void overdueScan() {
        reminders.run(ReminderService.OVERDUE, today(), "scheduler");
    }

    /**
     * After the quarter's last reports were due (the 5th), on the 6th of Jan, Apr, Jul and Oct. The cron is
     * configurable (jobs.quarterly-report.cron) so deploy/checks/two-instances.sh can fire it every few seconds.
     */
    @Scheduled(identity = QuarterlyReports.JOB, cron = "${jobs.quarterly-report.cron}", timeZone = "Asia/Shanghai")
    void quarterlyReport() {
        quarterly.run(today(), "scheduler", Work.Progress.NONE);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportingDeadline.ZONE));
    }
}
