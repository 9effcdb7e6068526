package gov.qinghai.followup.common.rows;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * Native SQL rows read by column alias into typed records, never by position out of an {@code Object[]}: a reordered
 * select list is then a wrong alias, not a silently swapped figure.
 */
public final class Rows {
    private Rows() {
    }

    /** The rows of a native query (created with {@code Tuple.class}) mapped to records. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> map(Query query, Function<Tuple, T> row) {
        return ((List<Tuple>) query.getResultList()).stream().map(row).toList();
    }

    public static long count(Tuple t, String alias) {
        Number n = t.get(alias, Number.class);
        return n == null ? 0 : n.longValue();
    }

    public static Long id(Tuple t, String alias) {
        Number n = t.get(alias, Number.class);
        return n == null ? null : n.longValue();
    }

    public static Integer integer(Tuple t, String alias) {
        Number n = t.get(alias, Number.class);
        return n == null ? null : n.intValue();
    }

    public static String text(Tuple t, String alias) {
        Object v = t.get(alias);
        return v == null ? null : v.toString();
    }

    public static BigDecimal decimal(Tuple t, String alias) {
        Object v = t.get(alias);
        return v == null ? null : v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    }

    public static boolean bool(Tuple t, String alias) {
        return Boolean.TRUE.equals(t.get(alias, Boolean.class));
    }

    /** A timestamptz however the driver hands it over. */
    public static Instant instant(Tuple t, String alias) {
        Object v = t.get(alias);
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (v instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("column " + alias + " is " + v.getClass().getName() + ", not a timestamp");
    }
}
