package gov.qinghai.followup.common.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.function.IntConsumer;

/**
 * Operator metrics of scheduled work, recorded when the transaction that did the work ends, so a rolled-back run
 * counts as a failure and a rolled-back report is not counted as generated:
 * <ul>
 * <li>{@code jobs_run_seconds{job, outcome=success|failure}}: one sample per period a job processed (a won
 * {@link JobRunLedger#claim claim}), scheduled or replayed, timed from the claim to the end of the transaction; a
 * run worked scope by scope ({@link JobRunLedger#open}) from its opening to its closing, a failure if a scope is
 * still missing then;</li>
 * <li>{@code reports_generated_total{report}}: reports stored by the services' report jobs.</li>
 * </ul>
 */
@ApplicationScoped
public class JobMetrics {
    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";

    @Inject
    MeterRegistry registry;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Times the run that just claimed (job, period); the sample is taken when the transaction commits or rolls back. */
    void runClaimed(String job) {
        long start = System.nanoTime();
        afterTransaction(status -> registry.timer("jobs.run", "job", job, "outcome", status == Status.STATUS_COMMITTED ? SUCCESS : FAILURE)
                .record(Duration.ofNanos(System.nanoTime() - start)));
    }

    /**
     * Times a run worked in several transactions ({@link JobRunLedger#open}/{@link JobRunLedger#close}) from its
     * opening: success when the closing transaction commits with the period complete, failure otherwise.
     */
    void runClosed(String job, long openedNanos, boolean complete) {
        afterTransaction(status -> registry.timer("jobs.run", "job", job, "outcome",
                status == Status.STATUS_COMMITTED && complete ? SUCCESS : FAILURE)
                .record(Duration.ofNanos(System.nanoTime() - openedNanos)));
    }

    /** Counts one stored report of the given kind (e.g. quarterly-report) once its transaction commits. */
    public void reportGenerated(String report) {
        afterTransaction(status -> {
            if (status == Status.STATUS_COMMITTED) {
                registry.counter("reports.generated", "report", report).increment();
            }
        });
    }

    private void afterTransaction(IntConsumer onCompletion) {
        if (transactions.getTransactionKey() == null) {
            onCompletion.accept(Status.STATUS_COMMITTED); // no transaction: the work is already durable
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                onCompletion.accept(status);
            }
        });
    }
}
