package gov.qinghai.followup.medical.jobs;

import java.time.Clock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * When each job fires (China time). Quartz (clustered) fires each trigger on one replica; the job ledger still
 * processes a period once. The identities name the triggers stored in the schema's qrtz_ tables: keep them stable.
 */
@ApplicationScoped
public class Schedules {
    @Inject
    Clock clock;
    @Inject
    FamilyDoctorReminders reminders;
    @Inject
    ReferralAlerts alerts;
    @Inject
    gov.qinghai.followup.medical.report.QuarterlyReports reports;

    @Scheduled(identity = FamilyDoctorReminders.NAME, cron = "0 0 9 6 * ?", timeZone = "Asia/Shanghai")
    void monthlyReminders() {
        reminders.run(LocalDate.now(clock), "scheduler");
    }

    @Scheduled(identity = ReferralAlerts.NAME, cron = "0 0 8 * * ?", timeZone = "Asia/Shanghai")
    void dailyReferralAlerts() {
        alerts.run(LocalDate.now(clock), "scheduler");
    }

    @Scheduled(identity = gov.qinghai.followup.medical.report.QuarterlyReports.NAME, cron = "0 0 6 1 1,4,7,10 ?",
            timeZone = "Asia/Shanghai")
    void quarterlyReport() {
        reports.run(LocalDate.now(clock), "scheduler");
    }
}
