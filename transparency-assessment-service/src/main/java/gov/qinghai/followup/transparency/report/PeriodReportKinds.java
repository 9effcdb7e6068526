package gov.qinghai.followup.transparency.report;

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
    AnnualReports reports;

    @Produces
    @Singleton
    PeriodReportSource annualReport() {
        return PeriodReportSource.of(AnnualReports.REPORT, PeriodForm.YEAR, "年度政务公开工作考核结果 (137号 第十一条): "
                + "scores, grades and ranking of a concluded round; built by the annual-report job in January",
                (period, scope, by, reason) -> reports.regenerate(AnnualReports.REPORT, period, by, reason));
    }

    @Produces
    @Singleton
    PeriodReportSource bulletin() {
        return PeriodReportSource.of(AnnualReports.BULLETIN, PeriodForm.YEAR, "年度日常考核通报 (137号 第九条 每年通报一次): "
                + "the routine records of the year per subject; built by the annual-bulletin job in January",
                (period, scope, by, reason) -> reports.regenerate(AnnualReports.BULLETIN, period, by, reason));
    }
}
