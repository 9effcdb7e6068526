package gov.qinghai.followup.projects.jobs;

import gov.qinghai.followup.projects.domain.ReportingDeadline;
import gov.qinghai.followup.projects.report.QuarterlyReports;
import gov.qinghai.followup.projects.service.ReminderService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The timetable of 134号 五 in Beijing time. Each job claims its period in job_run, so with several replicas
 * only one processes it; POST /api/v1/admin/jobs/{job}/run replays a job for a given date. Reminders are delivered
 * by the outbox dispatcher of service-common (every notifications.poll-interval).
 */
@ApplicationScoped
public class ScheduledJobs {
    @Inject
    ReminderService reminders;
    @Inject
    QuarterlyReports quarterly;
    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;

    @Scheduled(identity = ReminderService.MONTHLY, cron = "0 0 8 1 * ?", timeZone = "Asia/Shanghai")
    void monthlyReminder() {
        timed(ReminderService.MONTHLY, () -> reminders.run(ReminderService.MONTHLY, today(), "scheduler"));
    }

    @Scheduled(identity = ReminderService.OVERDUE, cron = "0 0 8 6 * ?", timeZone = "Asia/Shanghai")
    void overdueScan() {
        timed(ReminderService.OVERDUE, () -> reminders.run(ReminderService.OVERDUE, today(), "scheduler"));
    }

    /** After the quarter's last reports were due (the 5th), on the 6th of Jan, Apr, Jul and Oct. */
    @Scheduled(identity = QuarterlyReports.JOB, cron = "0 0 9 6 1,4,7,10 ?", timeZone = "Asia/Shanghai")
    void quarterlyReport() {
        timed(QuarterlyReports.JOB, () -> quarterly.run(today(), "scheduler"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportingDeadline.ZONE));
    }

    private void timed(String job, Supplier<?> work) {
        Timer.Sample sample = Timer.start(metrics);
        try {
            work.get();
            sample.stop(metrics.timer("jobs.run", "job", job, "outcome", "success"));
        } catch (RuntimeException e) {
            sample.stop(metrics.timer("jobs.run", "job", job, "outcome", "failure"));
            throw e;
        }
    }
}
