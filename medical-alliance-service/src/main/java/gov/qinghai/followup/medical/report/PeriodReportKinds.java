package gov.qinghai.followup.medical.report;

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
    QuarterlyReports quarterly;

    @Produces
    @Singleton
    PeriodReportSource quarterlyReport() {
        return PeriodReportSource.of(QuarterlyReports.KIND, PeriodForm.QUARTER, "The quarterly report per 市州 (140号): "
                + "alliances, contracting coverage vs targets, referrals; built by the quarterly-report job",
                (period, scope, by, reason) -> quarterly.regenerate(period, by, reason));
    }
}
