package gov.qinghai.followup.common.operations;

import gov.qinghai.followup.common.problem.Detail;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.qinghai.followup.common.audit.AuditRevisionListener;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Starts, runs and reads tracked operations. {@link #start} records the operation as queued and hands the work to
 * this replica's operations executor (operations.threads threads, never a request thread) once the caller's
 * transaction, if any, has committed: a rolled-back request leaves neither a row nor running work. The work runs
 * with a request context of its own and with the starter as the author of its audit revisions.
 */
@ApplicationScoped
public class Operations {
    private static final Logger LOG = Logger.getLogger(Operations.class);
    /** RFC 7240 preference a caller sends to have work that may answer at once run as an operation instead. */
    public static final String RESPOND_ASYNC = "respond-async";
    public static final String PATH = "/api/v1/operations/";

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;
    @Inject
    OperationsConfig config;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Set<UUID> held = ConcurrentHashMap.newKeySet();
    private volatile ManagedExecutor executor;

    /** True when the request's {@code Prefer} header asks for an asynchronous answer (RFC 7240 respond-async). */
    public static boolean prefersAsync(String prefer) {
        return prefer != null && List.of(prefer.toLowerCase(java.util.Locale.ROOT).split("[,;]")).stream()
                .map(String::trim).anyMatch(RESPOND_ASYNC::equals);
    }

    /** 202 Accepted with the operation's status resource in Location and its view as body. */
    public static Response accepted(OperationView op) {
        return Response.accepted(op).location(URI.create(PATH + op.id())).build();
    }

    /**
     * Records a queued operation of {@code kind} for {@code startedBy} and runs {@code work} in the background.
     * {@code discard} runs instead of the work when the caller's transaction rolls back (e.g. to delete a spooled
     * upload the work would have read and deleted).
     */
    public OperationView start(String kind, String unit, String startedBy, Work work, Runnable discard) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        QuarkusTransaction.joiningExisting().run(() -> em.createNativeQuery("""
                insert into operation(id, kind, state, progress_unit, done, started_by, created_at, heartbeat_at, runner)
                values (?1, ?2, 'queued', ?3, 0, ?4, ?5, ?5, ?6)""")
                .setParameter(1, id).setParameter(2, kind).setParameter(3, unit).setParameter(4, startedBy)
                .setParameter(5, Timestamp.from(now)).setParameter(6, OperationSweeper.RUNNER).executeUpdate());
        held.add(id);
        Runnable submit = () -> executor().execute(() -> execute(id, startedBy, work));
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        submit.run();
                    } else {
                        held.remove(id);
                        discard.run();
                    }
                }
            });
        } else {
            submit.run();
        }
        return new OperationView(id, kind, "queued", new OperationView.Progress(0, null, unit), startedBy, now,
                null, null, null, null);
    }

    /** The operation, for its owner or an admin; 404 if there is none, 403 for anyone else. */
    public OperationView read(UUID id, String caller, boolean admin) {
        OperationView op = find(id).orElseThrow(() -> Problems.notFound("operation", id));
        if (!admin && !op.startedBy().equals(caller)) {
            throw Problems.forbidden(Detail.of("detail.forbidden.operation",
                    "operation {0} was started by someone else; only its starter or an admin reads it", id));
        }
        return op;
    }

    /** What a list of operations is narrowed to: a state and a kind, each optional. */
    public record Filter(String state, String kind) {
    }

    /** A page of operations, newest first: the caller's own, or everyone's for an admin. */
    public Page<OperationView> list(Filter filter, String caller, boolean admin, PageQuery page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!admin) {
            where.append(" and o.startedBy = :caller");
            params.put("caller", caller);
        }
        if (filter.state() != null) {
            where.append(" and o.state = :state");
            params.put("state", filter.state());
        }
        if (filter.kind() != null) {
            where.append(" and o.kind = :kind");
            params.put("kind", filter.kind());
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            TypedQuery<OperationRecord> rows = em.createQuery("select o from OperationRecord o" + where
                    + " order by o.createdAt desc, o.id", OperationRecord.class);
            TypedQuery<Long> count = em.createQuery("select count(o) from OperationRecord o" + where, Long.class);
            params.forEach((k, v) -> {
                rows.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<OperationView> items = rows.setFirstResult(page.offset()).setMaxResults(page.size).getResultList()
                    .stream().map(r -> {
                        em.detach(r);
                        return r.view(json);
                    }).toList();
            return Page.of(items, page, count.getSingleResult());
        });
    }

    public Optional<OperationView> find(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            OperationRecord row = em.find(OperationRecord.class, id);
            if (row == null) {
                return Optional.<OperationView>empty();
            }
            em.detach(row);
            return Optional.of(row.view(json));
        });
    }

    /** Ids of the unfinished operations this replica holds (their heartbeat is this replica's to write). */
    Set<UUID> held() {
        return Set.copyOf(held);
    }

    private void execute(UUID id, String startedBy, Work work) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        AuditRevisionListener.actingAs(startedBy);
        try {
            write("update operation set state = 'running', started_at = ?2, heartbeat_at = ?2 where id = ?1", id,
                    Timestamp.from(Instant.now(clock)));
            Work.Outcome outcome = work.run(new Work.Progress() {
                @Override
                public void total(long total) {
                    write("update operation set total = ?2 where id = ?1", id, total);
                }

                @Override
                public void done(long done) {
                    write("update operation set done = ?2, heartbeat_at = ?3 where id = ?1", id, done,
                            Timestamp.from(Instant.now(clock)));
                }
            });
            write("""
                    update operation set state = 'succeeded', finished_at = ?2, result_location = ?3, summary = ?4,
                           done = coalesce(total, done) where id = ?1""", id, Timestamp.from(Instant.now(clock)),
                    outcome.location(), outcome.summary() == null ? null : json.writeValueAsString(outcome.summary()));
        } catch (Exception e) {
            fail(id, e);
        } finally {
            AuditRevisionListener.actingAs(null);
            held.remove(id);
            requestContext.terminate();
        }
    }

    private void fail(UUID id, Exception e) {
        ObjectNode problem = json.createObjectNode();
        if (e instanceof HttpProblem p) {
            problem.put("type", String.valueOf(p.getType()));
            problem.put("title", p.getTitle());
            problem.put("status", p.getStatusCode());
            problem.put("detail", p.getDetail());
            p.getParameters().forEach((k, v) -> {
                if (!Problems.DETAIL_KEY.equals(k)) { // the keyed detail is the detail above, not a field of its own
                    problem.set(k, json.valueToTree(v));
                }
            });
        } else {
            LOG.errorf(e, "operation %s failed", id);
            problem.put("type", Problems.BASE + "operation-failed");
            problem.put("title", "Internal Server Error");
            problem.put("status", 500);
            problem.put("detail", "the operation stopped on an unexpected error (" + e.getClass().getSimpleName()
                    + "); the service log has the details");
        }
        try {
            write("update operation set state = 'failed', finished_at = ?2, problem = ?3 where id = ?1", id,
                    Timestamp.from(Instant.now(clock)), json.writeValueAsString(problem));
        } catch (RuntimeException | JsonProcessingException again) {
            LOG.errorf(again, "operation %s: its failure could not be recorded", id);
        }
    }

    private void write(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    private ManagedExecutor executor() {
        ManagedExecutor e = executor;
        if (e == null) {
            synchronized (this) {
                if (executor == null) {
                    executor = ManagedExecutor.builder().maxAsync(config.threads()).maxQueued(-1)
                            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
                }
                e = executor;
            }
        }
        return e;
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
