package gov.qinghai.followup.common.jobs;

import gov.qinghai.followup.common.operations.Work;
import java.time.LocalDate;

/**
 * A scheduled job that processes one period (a day, a month, a quarter, a year) once: its schedule runs it for
 * "today" (the Clock), the admin jobs API ({@link AdminJobResource}) replays it for a given date. Each service
 * makes its jobs beans of this type; the API lists and runs exactly these.
 */
public interface PeriodJob {
    /** The stable name in {@code /api/v1/admin/jobs/{job}} and in {@code job_run.job}. */
    String name();

    /** What it does and which period a run on a date processes, for the job list and Swagger UI. */
    String description();

    /** Processes the period the date belongs to unless it was claimed before (then {@code ran = false}). */
    JobResult run(LocalDate date, String triggeredBy);

    /**
     * {@link #run(LocalDate, String)} reporting its progress in steps when it runs as a tracked operation: by default
     * the whole run is one step; a job that stores one report per scope reports one step per scope (e.g. fairs done
     * of total).
     */
    default JobResult run(LocalDate date, String triggeredBy, Work.Progress progress) {
        progress.total(1);
        JobResult result = run(date, triggeredBy);
        progress.done(1);
        return result;
    }

    /** A job whose work is already a method of another bean, e.g. {@code PeriodJob.of("x", "…", svc::run)}. */
    static PeriodJob of(String name, String description, Runner runner) {
        return new Named(name, description) {
            @Override
            public JobResult run(LocalDate date, String triggeredBy) {
                return runner.run(date, triggeredBy);
            }
        };
    }

    /** A job whose run reports its progress, a step per scope (e.g. fairs done of total). */
    static PeriodJob withProgress(String name, String description, ProgressRunner runner) {
        return new Named(name, description) {
            @Override
            public JobResult run(LocalDate date, String triggeredBy) {
                return runner.run(date, triggeredBy, Work.Progress.NONE);
            }

            @Override
            public JobResult run(LocalDate date, String triggeredBy, Work.Progress progress) {
                return runner.run(date, triggeredBy, progress);
            }
        };
    }

    @FunctionalInterface
    interface ProgressRunner {
        JobResult run(LocalDate date, String triggeredBy, Work.Progress progress);
    }

    @FunctionalInterface
    interface Runner {
        JobResult run(LocalDate date, String triggeredBy);
    }

    /** The name and description of a job made by {@link #of} or {@link #withProgress}. */
    abstract class Named implements PeriodJob {
        private final String name;
        private final String description;

        Named(String name, String description) {
            this.name = name;
            this.description = description;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return description;
        }
    }
}
