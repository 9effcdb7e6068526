package gov.qinghai.followup.actionplan.jobs;

import gov.qinghai.followup.actionplan.report.QuarterlyReportBuilder;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.reports.PeriodForm;
import gov.qinghai.followup.common.reports.PeriodReportSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The stored period reports of this service, as the shared period-reports API (common.reports) serves them. */
@ApplicationScoped
public class PeriodReportKinds {
    @Inject
    QuarterlyReportJob job;

    @Produces
    @Singleton
    PeriodReportSource quarterlyReport() {
        return PeriodReportSource.of(QuarterlyReportBuilder.KIND, PeriodForm.QUARTER, "The quarterly report of the "
                + "offensive (135号): per group, task and unit, lagging units, 督查 findings, as of the quarter's last "
                + "day; 2017-Q3 (三季度) first; built by the quarterly-report job",
                (period, scope, by, reason) -> {
                    if (period.compareTo("2017-Q3") < 0) {
                        throw gov.qinghai.followup.common.problem.Problems.unprocessable("period", Detail.of(
                                "ap.quarterly.first-period",
                                "the offensive's first report is 2017-Q3 (135号: 夏秋季攻势, 三季度)"));
                    }
                    return job.regenerate(period, by, reason);
                });
    }
}
