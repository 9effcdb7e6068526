package gov.qinghai.followup.projects.jobs;

import gov.qinghai.followup.common.jobs.JobResult;
import gov.qinghai.followup.common.jobs.PeriodJob;
import gov.qinghai.followup.common.outbox.OutboxDispatcher;
import gov.qinghai.followup.projects.domain.ReportingDeadline;
import gov.qinghai.followup.projects.report.QuarterlyReports;
import gov.qinghai.followup.projects.service.ReminderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** The jobs of this service as the PeriodJobs the shared admin jobs API (common.jobs) lists and replays. */
@ApplicationScoped
public class AdminJobs {
    @Inject
    ReminderService reminders;
    @Inject
    QuarterlyReports quarterly;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    Clock clock;

    private PeriodJob reminderJob(String name, String description) {
        return PeriodJob.of(name, description, (date, by) -> {
            ReminderService.Outcome o = reminders.run(name, date, by);
            return new JobResult(o.job(), o.period(), o.ran(), o.items());
        });
    }

    @Produces
    @Singleton
    PeriodJob monthlyReminder() {
        return reminderJob(ReminderService.MONTHLY, "On the 1st: reminds the units that have not reported the month "
                + "before the date (2017-10-01 → 2017-09)");
    }

    @Produces
    @Singleton
    PeriodJob overdueScan() {
        return reminderJob(ReminderService.OVERDUE, "On the 6th: the units whose report for the month before the "
                + "date is overdue (134号: due on the 5th; 2017-10-06 → 2017-09)");
    }

    @Produces
    @Singleton
    PeriodJob quarterlyReport() {
        return PeriodJob.withProgress(QuarterlyReports.JOB, "After a quarter: builds and stores the report of the quarter that "
                + "ended before the date for every fair (2018-01-06 → 2017-Q4), each fair in a transaction of its "
                + "own; a run after one that failed on some fairs builds only the fairs still missing (items: the "
                + "fairs stored by this run; as an operation one step per fair)", (date, by, progress) -> {
                    QuarterlyReports.Outcome o = quarterly.run(date, by, progress);
                    return new JobResult(o.job(), o.period(), o.ran(), o.items(), o.message());
                });
    }

    /** Not a period job: sends what the outbox holds due by the start of the date (北京时间), or by now if later. */
    @Produces
    @Singleton
    PeriodJob deliverNotifications() {
        return PeriodJob.of("deliver-notifications", "Sends the e-mails and webhooks due by the start of the date, "
                + "or by now if that has passed (not claimed: every call sends what is due)", (date, by) -> {
                    Instant day = date.atStartOfDay(ReportingDeadline.ZONE).toInstant();
                    Instant now = Instant.now(clock);
                    OutboxDispatcher.Outcome o = dispatcher.dispatchDue(day.isAfter(now) ? day : now);
                    return new JobResult("deliver-notifications", date.toString(), true, o.delivered());
                });
    }
}
