package gov.qinghai.followup.projects.report;

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
        return PeriodReportSource.of(QuarterlyReports.KIND, PeriodForm.QUARTER, "按季度报送省政府 (134号 五): rates vs "
                + "targets by unit and 市州, reporting, problems; one per fair (scope = fair id); built by the "
                + "quarterly-report job", quarterly::regenerate);
    }
}
