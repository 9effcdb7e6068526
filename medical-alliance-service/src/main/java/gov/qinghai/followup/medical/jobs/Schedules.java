package gov.qinghai.followup.medical.jobs;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;

/** When each job fires (China time). Every replica fires; the job ledger lets one of them do the work. */
@ApplicationScoped
public class Schedules {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    @Inject
    FamilyDoctorReminders reminders;
    @Inject
    ReferralAlerts alerts;
    @Inject
    gov.qinghai.followup.medical.report.QuarterlyReports reports;

    @Scheduled(cron = "0 0 9 6 * ?", timeZone = "Asia/Shanghai")
    void monthlyReminders() {
        reminders.run(LocalDate.now(CHINA), "scheduler");
    }

    @Scheduled(cron = "0 0 8 * * ?", timeZone = "Asia/Shanghai")
    void dailyReferralAlerts() {
        alerts.run(LocalDate.now(CHINA), "scheduler");
    }

    @Scheduled(cron = "0 0 6 1 1,4,7,10 ?", timeZone = "Asia/Shanghai")
    void quarterlyReport() {
        reports.run(LocalDate.now(CHINA), "scheduler");
    }
}
