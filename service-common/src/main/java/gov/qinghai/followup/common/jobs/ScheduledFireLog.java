package gov.qinghai.followup.common.jobs;

import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.SuccessfulExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * One line per trigger fire on this replica (DEBUG, category gov.qinghai.followup.common.jobs): with the clustered
 * Quartz store each scheduled fire time appears in the log of exactly one replica (deploy/checks/two-instances.sh
 * reads these lines). Enable with QUARKUS_LOG_CATEGORY__GOV_QINGHAI_FOLLOWUP_COMMON_JOBS__LEVEL=DEBUG.
 */
@ApplicationScoped
public class ScheduledFireLog {
    private static final Logger LOG = Logger.getLogger(ScheduledFireLog.class);

    void succeeded(@Observes SuccessfulExecution event) {
        log(event.getExecution(), "done");
    }

    void failed(@Observes FailedExecution event) {
        log(event.getExecution(), "failed: " + event.getException());
    }

    private static void log(ScheduledExecution execution, String outcome) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("fired %s scheduled-for %s %s", execution.getTrigger().getId(),
                    execution.getScheduledFireTime(), outcome);
        }
    }
}
