package gov.qinghai.followup.transparency.jobs;

import gov.qinghai.followup.common.jobs.PeriodJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The five jobs of JobService as the PeriodJobs the shared admin jobs API lists and replays. */
@ApplicationScoped
public class AdminJobs {
    @Inject
    JobService jobs;

    private PeriodJob job(String name, String description) {
        return PeriodJob.of(name, description, (date, by) -> jobs.run(name, date, by));
    }

    @Produces
    @Singleton
    PeriodJob rectification() {
        return job(JobService.RECTIFICATION, "Daily: reminds subjects of 整改 due within 7 days or overdue on the date "
                + "(137号 第十二条; period = the date)");
    }

    @Produces
    @Singleton
    PeriodJob disclosure() {
        return job(JobService.DISCLOSURE, "Daily: reminds subjects of disclosures due within 3 days or past the 20 "
                + "working days on the date (period = the date)");
    }

    @Produces
    @Singleton
    PeriodJob milestones() {
        return job(JobService.MILESTONES, "Daily: reminds pilot units of 138号 milestones due within 14 days or "
                + "overdue on the date (period = the date)");
    }

    @Produces
    @Singleton
    PeriodJob bulletin() {
        return job(JobService.BULLETIN, "In January: stores the 137号 第九条 annual bulletin of the year before the "
                + "date (2018-01-10 → 2017)");
    }

    @Produces
    @Singleton
    PeriodJob annualReport() {
        return job(JobService.REPORT, "In January: stores the annual report of the year before the date, once its "
                + "round is concluded (2018-01-10 → 2017)");
    }
}
