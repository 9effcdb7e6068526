package gov.qinghai.followup.common.jobs;

import io.quarkus.quartz.QuartzScheduler;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Lets replicas that start together join the Quartz cluster one after the other. Quarkus stores each
 * {@code @Scheduled} trigger when it creates the Quartz scheduler, after checking that the trigger is not there
 * yet; two replicas starting at once on an empty schema both find it missing and the second fails to start with
 * ObjectAlreadyExistsException (quarkusio/quarkus#25873). Creating the scheduler here, before Quarkus' own
 * startup observer (priority 0) and under a transaction-scoped advisory lock per schema, makes the later replica
 * see the stored triggers and keep them.
 */
@ApplicationScoped
public class QuartzStartupLock {
    @Inject
    DataSource dataSource;
    @Inject
    Instance<QuartzScheduler> scheduler;

    void createSchedulerInTurn(@Observes @Priority(-100) StartupEvent event) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_xact_lock(hashtext(current_schema() || '.quartz-triggers'))");
                scheduler.get().isStarted(); // the constructor stores or updates the triggers and commits
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
