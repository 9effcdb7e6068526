package gov.qinghai.followup.projects.domain;

import gov.qinghai.followup.common.problem.Detail;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Which months a project owes a report on. 134号 五 asks the units to report every month (每月5日前报送) on the
 * projects signed at the fair: a project owes a month from its fair's month (the fair's {@code reportingFrom}) up to
 * and including the month it reports completion (竣工/投产), or up to the month an admin closed the fair with
 * ({@code closedAfter}). Months before the fair are not owed and cannot be reported on; after completion a report
 * is still accepted (a correction) but none is chased.
 */
public final class OwedMonths {
    private OwedMonths() {
    }

    /**
     * The rule in SQL, for a project aliased {@code p}, its fair {@code f} and a month expression {@code month}
     * ('YYYY-MM' text, which orders as the months do).
     */
    public static String sql(String p, String f, String month) {
        return "(" + month + " >= " + f + ".reporting_from"
                + " and (" + f + ".closed_after is null or " + month + " <= " + f + ".closed_after)"
                + " and not exists (select 1 from progress_report done where done.project_id = " + p + ".id"
                + " and done.is_current and done.completed and done.period < " + month + "))";
    }

    /** Why a report on {@code period} is refused, if it is: before the fair's month, or after its closing. */
    public static Optional<Detail> refusal(Fair fair, YearMonth period) {
        YearMonth from = YearMonth.parse(fair.reportingFrom);
        if (period.isBefore(from)) {
            return Optional.of(Detail.of("pt.progress.before-fair", "month {0} is before the fair: the projects of "
                    + "the {1}th fair owe reports from {2} (134号 五)", period, fair.edition, from));
        }
        if (fair.closedAfter != null && period.isAfter(YearMonth.parse(fair.closedAfter))) {
            return Optional.of(Detail.of("pt.progress.fair-closed", "the {0}th fair was closed after {1}: its "
                    + "projects owe no report on {2}", fair.edition, fair.closedAfter, period));
        }
        return Optional.empty();
    }

    /** The same rule in HQL, for a Project aliased {@code p} and a month parameter {@code month} (e.g. ":period"). */
    public static String hql(String p, String month) {
        return "(" + month + " >= " + p + ".fair.reportingFrom"
                + " and (" + p + ".fair.closedAfter is null or " + month + " <= " + p + ".fair.closedAfter)"
                + " and not exists (select 1 from ProgressReport done where done.project = " + p
                + " and done.isCurrent = true and done.completed = true and done.period < " + month + "))";
    }
}
