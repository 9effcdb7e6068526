package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.problem.Problems;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Dates a request may carry: 1900-01-01 … 2100-12-31. Java accepts years up to ±999 999 999 but PostgreSQL
 * and date arithmetic do not, so anything outside is a 400 naming the field instead of a 500.
 */
final class SaneDates {
    static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    static final LocalDate MAX = LocalDate.of(2100, 12, 31);

    private SaneDates() {
    }

    static LocalDate check(String field, LocalDate d) {
        if (d != null && (d.isBefore(MIN) || d.isAfter(MAX))) {
            throw Problems.badRequest(field, field + " must lie between " + MIN + " and " + MAX);
        }
        return d;
    }

    static Instant check(String field, Instant t) {
        if (t != null && (t.isBefore(MIN.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !t.isBefore(MAX.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))) {
            throw Problems.badRequest(field, field + " must lie between " + MIN + " and " + MAX);
        }
        return t;
    }
}
