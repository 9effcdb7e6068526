package gov.qinghai.followup.common.testing;

import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the JDBC statements one request runs. Where the service's tests open their datasources through
 * {@link CountingDriver} (both the default and {@code reads}), that is every statement prepared on any datasource,
 * through Hibernate or plain JDBC (common.reads.ReadReplica), so a read moved from one datasource or access path to
 * another is still counted; elsewhere it is the statements Hibernate prepares (native queries included), with
 * statistics switched on for that request only. Either way a StatementCountTest needs no test profile (no restart).
 */
public final class StatementCounter {
    private StatementCounter() {
    }

    public static long count(SessionFactory sessions, Runnable request) {
        Statistics stats = sessions.getStatistics();
        stats.clear();
        stats.setStatisticsEnabled(true);
        Map<String, Long> before = CountingDriver.prepared();
        try {
            request.run();
            long hibernate = stats.getPrepareStatementCount();
            if (!CountingDriver.active()) {
                System.out.println("StatementCountTest: " + hibernate + " SQL statements (Hibernate)");
                return hibernate;
            }
            Map<String, Long> after = CountingDriver.prepared();
            long n = 0;
            StringBuilder per = new StringBuilder();
            for (Map.Entry<String, Long> e : after.entrySet()) {
                long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
                n += d;
                per.append(' ').append(e.getKey()).append('=').append(d);
            }
            System.out.println("StatementCountTest: " + n + " SQL statements on all datasources (" + per.toString().trim()
                    + "; Hibernate " + hibernate + ")");
            return n;
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }

    /** The statements Hibernate prepares while the request runs, whatever the datasources' driver. */
    public static long hibernate(SessionFactory sessions, Runnable request) {
        Statistics stats = sessions.getStatistics();
        stats.clear();
        stats.setStatisticsEnabled(true);
        try {
            request.run();
            return stats.getPrepareStatementCount();
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }
}
