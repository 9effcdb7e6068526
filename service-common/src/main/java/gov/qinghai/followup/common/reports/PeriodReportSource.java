package gov.qinghai.followup.common.reports;

/**
 * One kind of stored period report of a service (its quarterly report, transparency's annual report and bulletin),
 * as the period-reports API regenerates it. Each service makes its kinds beans of this type; its scheduled job
 * builds the first version of a period once (claimed in the job_run ledger), a regeneration the next one.
 */
public interface PeriodReportSource {
    /** The stable name in {@code /api/v1/period-reports/{kind}}: quarterly, annual, bulletin. */
    String kind();

    PeriodForm form();

    /** What the report holds and which job builds it, for the API's list of kinds and Swagger UI. */
    String description();

    /**
     * Builds the report of the period from the data as they stand now and stores it as the period's next version
     * (version 1 if none was built), in its own transaction; the versions before it stay as they were. Never
     * claims the period in the job ledger: a regeneration is not a scheduled run.
     */
    PeriodReportVersion regenerate(String period, String scope, String builtBy, String reason);

    /** A kind whose build is a method of another bean, e.g. {@code PeriodReportSource.of("annual", YEAR, "…", svc::regenerate)}. */
    static PeriodReportSource of(String kind, PeriodForm form, String description, Regenerator regenerator) {
        return new PeriodReportSource() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public PeriodForm form() {
                return form;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public PeriodReportVersion regenerate(String period, String scope, String builtBy, String reason) {
                return regenerator.regenerate(period, scope, builtBy, reason);
            }
        };
    }

    @FunctionalInterface
    interface Regenerator {
        PeriodReportVersion regenerate(String period, String scope, String builtBy, String reason);
    }
}
