package gov.qinghai.followup.common.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps an operation from staying "running" for ever when its replica stops: every operations.heartbeat each replica
 * writes the heartbeat of the operations it holds and marks failed ("operation-interrupted") every unfinished
 * operation whose heartbeat is older than operations.stale-after; at start-up it marks failed at once the
 * unfinished operations of this replica's earlier life (same runner name: the host name). The timer runs on every
 * replica (a plain thread, not the clustered Quartz scheduler, which would fire it on one replica only).
 */
@ApplicationScoped
public class OperationSweeper {
    private static final Logger LOG = Logger.getLogger(OperationSweeper.class);
    /** This replica's name in operation.runner: the host (pod) name. */
    static final String RUNNER = hostName();

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;
    @Inject
    OperationsConfig config;
    @Inject
    Operations operations;

    private ScheduledExecutorService timer;

    void onStart(@Observes StartupEvent event) {
        int mine = interruptOwn();
        if (mine > 0) {
            LOG.warnf("%d operations of this replica were unfinished when it stopped: marked failed (interrupted)", mine);
        }
        long every = config.heartbeat().toMillis();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "operations-heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void tick() {
        try {
            beat(operations.held());
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("operations heartbeat failed; next try in " + config.heartbeat(), e);
        }
    }

    void beat(Set<UUID> held) {
        if (held.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update operation set heartbeat_at = ?1 where id = any(?2) and state in ('queued', 'running')""")
                .setParameter(1, Timestamp.from(Instant.now(clock))).setParameter(2, held.toArray(UUID[]::new))
                .executeUpdate());
    }

    /** Marks failed every unfinished operation whose heartbeat is older than operations.stale-after. */
    public int sweep() {
        Instant cutoff = Instant.now(clock).minus(config.staleAfter());
        return interrupt("heartbeat_at < ?3", Timestamp.from(cutoff));
    }

    /** Marks failed every unfinished operation of this replica that it does not hold (it restarted). */
    int interruptOwn() {
        Set<UUID> held = operations.held();
        return interrupt("runner = ?3 and not (id = any(?4))", RUNNER, held.toArray(UUID[]::new));
    }

    private int interrupt(String where, Object... params) {
        ObjectNode problem = json.createObjectNode()
                .put("type", Problems.BASE + "operation-interrupted")
                .put("title", "Service Unavailable")
                .put("status", 503)
                .put("detail", "interrupted: the replica running this operation stopped before it finished; "
                        + "nothing of it was committed unless its result says so; start it again");
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery("update operation set state = 'failed', finished_at = ?1, problem = ?2 "
                    + "where state in ('queued', 'running') and " + where)
                    .setParameter(1, Timestamp.from(Instant.now(clock))).setParameter(2, problem.toString());
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 3, params[i]);
            }
            return q.executeUpdate();
        });
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
