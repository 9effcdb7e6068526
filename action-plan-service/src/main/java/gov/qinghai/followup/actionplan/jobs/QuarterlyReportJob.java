package gov.qinghai.followup.actionplan.jobs;

import gov.qinghai.followup.actionplan.domain.TaskStatusRule.LinkedFigures;
import gov.qinghai.followup.actionplan.report.QuarterlyReportBuilder;
import gov.qinghai.followup.actionplan.service.LinkedIndicatorService;
import gov.qinghai.followup.common.jobs.JobResult;
import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.common.jobs.PeriodJob;
import gov.qinghai.followup.common.reports.PeriodReportVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * After each quarter ends, builds and stores the report of the quarter before the run date: 2017-Q3 (the
 * offensive's own 三季度, closing report) first, quarterly after it. Once per quarter across replicas. Fired by
 * {@link Schedules}.
 */
@ApplicationScoped
public class QuarterlyReportJob implements PeriodJob {
    public static final String NAME = "quarterly-report";
    @Inject
    JobRunLedger ledger;
    @Inject
    QuarterlyReportBuilder builder;
    @Inject
    LinkedIndicatorService linked;

    /** The quarter before the date, e.g. 2017-10-01 → 2017-Q3 ending 2017-09-30. */
    public static String quarterBefore(LocalDate date) {
        YearMonth m = YearMonth.from(date).minusMonths(3);
        return m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1);
    }

    public static LocalDate quarterEnd(String quarter) {
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = Integer.parseInt(quarter.substring(6));
        return YearMonth.of(year, q * 3).atEndOfMonth();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "After a quarter: builds and stores the report of the quarter before the date (2017-10-01 → 2017-Q3)";
    }

    @Override
    public JobResult run(LocalDate date, String triggeredBy) {
        String quarter = quarterBefore(date);
        if (quarter.compareTo("2017-Q3") < 0) {
            return new JobResult(NAME, quarter, false, 0, "the offensive's first report is 2017-Q3");
        }
        Map<String, LinkedFigures> figures = linked.forStatus(); // before the transaction: it may wait on the peers
        return ledger.onceInNewTransaction(NAME, quarter, triggeredBy, () -> new JobRunLedger.Done(
                builder.buildAndStore(quarter, quarterEnd(quarter), figures, triggeredBy, null).tasks(),
                "report " + quarter + " stored"));
    }

    /**
     * Rebuilds the report of an ended quarter from today's data (the peers' figures fetched first, outside the
     * transaction) as its next version, the first if the quarter was never built; the job's claim is left as it is.
     */
    public PeriodReportVersion regenerate(String quarter, String builtBy, String reason) {
        Map<String, LinkedFigures> figures = linked.forStatus();
        return QuarkusTransaction.requiringNew().call(() ->
                builder.buildAndStore(quarter, quarterEnd(quarter), figures, builtBy, reason).version());
    }
}
