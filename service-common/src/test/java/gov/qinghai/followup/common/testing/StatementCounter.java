package gov.qinghai.followup.common.testing;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the JDBC statements Hibernate prepares while one request runs (native queries included), with
 * statistics switched on for that request only, so a StatementCountTest needs no test profile (no Quarkus restart).
 */
public final class StatementCounter {
    private StatementCounter() {
    }

    public static long count(SessionFactory sessions, Runnable request) {
        Statistics stats = sessions.getStatistics();
        stats.clear();
        stats.setStatisticsEnabled(true);
        try {
            request.run();
            long n = stats.getPrepareStatementCount();
            System.out.println("StatementCountTest: " + n + " SQL statements");
            return n;
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }
}
