package gov.qinghai.followup.actionplan.service;

import java.time.Clock;
import gov.qinghai.followup.common.idempotency.IdempotencyConfig;
import gov.qinghai.followup.common.idempotency.IdempotentCall;
import gov.qinghai.followup.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Idempotency-Keys action plan kept on the created rows before its creating POSTs moved to the shared
 * mechanism (service-common idempotency, V27__idempotency_record.sql): {@code progress_report.idempotency_key}
 * and {@code supervision.idempotency_key} of V3, no longer written. A retry of a request made before the upgrade
 * finds no shared record; it is answered from the row it created instead (as a replay, 201 with
 * Idempotent-Replayed), which the shared mechanism then stores. Such keys count only as long as a shared record
 * would: for {@code idempotency.retention} after the row was created (its first audit revision), and only for the
 * caller that created it (the shared records are per caller; these columns were global). So a day after the
 * upgrade nothing is found here any more, and a later migration may drop the columns.
 */
@ApplicationScoped
public class LegacyIdempotencyKeys {
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    IdempotentCall call;
    @Inject
    CurrentUser user;
    @Inject
    IdempotencyConfig config;

    /** The id of the report the current request's key created before the upgrade, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> report() {
        return find("progress_report");
    }

    /** The id of the 督查 the current request's key created before the upgrade, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> supervision() {
        return find("supervision");
    }

    private Optional<Long> find(String table) {
        if (call.key() == null) {
            return Optional.empty();
        }
        long since = Instant.now(clock).minus(config.retention()).toEpochMilli();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select t.id from " + table + " t where t.idempotency_key = ?1 "
                        + "and exists (select 1 from " + table + "_aud a join revinfo i on i.rev = a.rev "
                        + "where a.id = t.id and a.revtype = 0 and i.revtstmp >= ?2 and i.username = ?3)")
                .setParameter(1, call.key()).setParameter(2, since).setParameter(3, user.name()).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }
}
