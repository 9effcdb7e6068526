package gov.qinghai.followup.actionplan.domain;

import gov.qinghai.followup.common.problem.Detail;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates of 督查, 约谈 and 问责 (135号 三、(三): 省政府督查室…定期督查、专项督查…对行动不坚决、落实不得力、整改不到位的，及时约谈…
 * 严肃问责). A 督查 of the offensive is held from the notice's issue (2017-08-09) to the end of 2018: the offensive's
 * last targets fall at 2017's year end (年底前), and what a 督查 finds at the year end is followed up (约谈, 问责,
 * 整改) in the following year. A 约谈 or 问责 answers a finding, so it cannot precede the 督查 that found it.
 */
public final class SupervisionRules {
    public static final LocalDate WINDOW_START = ReportingCalendar.ISSUED;
    public static final LocalDate WINDOW_END = LocalDate.of(2018, 12, 31);

    private SupervisionRules() {
    }

    /** A date of the offensive's supervision records: within the window. */
    public static Optional<ReportSenseChecks.Violation> withinWindow(String field, LocalDate date) {
        if (date.isBefore(WINDOW_START) || date.isAfter(WINDOW_END)) {
            return Optional.of(new ReportSenseChecks.Violation(field, Detail.of("ap.supervision.outside-window",
                    "{0} is outside the offensive's supervision, {1} (135号 issued) to {2}", date, WINDOW_START,
                    WINDOW_END)));
        }
        return Optional.empty();
    }

    /** A follow-up (约谈, 问责, 整改 deadline) of a finding: within the window and not before its 督查. */
    public static Optional<ReportSenseChecks.Violation> followUp(String field, LocalDate date, LocalDate supervisionHeldOn) {
        if (date.isBefore(supervisionHeldOn)) {
            return Optional.of(new ReportSenseChecks.Violation(field, Detail.of("ap.supervision.follow-up-before",
                    "{0} is before the 督查 of {1} whose finding it answers", date, supervisionHeldOn)));
        }
        return withinWindow(field, date);
    }
}
