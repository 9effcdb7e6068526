package gov.qinghai.followup.medical.jobs;

import java.time.LocalDate;

/** A job processed once per period; the admin endpoint replays it for a date. */
public interface PeriodJob {
    String name();

    /** The period a run on {@code date} processes. */
    String periodFor(LocalDate date);

    JobResult run(LocalDate date, String triggeredBy);
}
