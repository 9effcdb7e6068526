package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.Accountability;
import gov.qinghai.followup.actionplan.domain.Admonition;
import gov.qinghai.followup.actionplan.domain.Finding;
import gov.qinghai.followup.actionplan.domain.Supervision;
import gov.qinghai.followup.actionplan.domain.SupervisionRecord;
import gov.qinghai.followup.actionplan.domain.Withdrawal;
import gov.qinghai.followup.actionplan.service.SupervisionCommands.WithdrawalInput;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hibernate.Hibernate;

/**
 * What the four supervision records of 135号 三、(三) (督查, finding, 约谈, 问责) share after they are recorded: each is
 * changed only on the version its editor read and while it stands, withdrawn with a reason (kept and readable, no
 * longer counted) and has an audit trail. One table of the kinds ({@link Kind}) and one implementation of these steps;
 * what a correction may change stays with each kind in SupervisionService.
 */
@ApplicationScoped
public class SupervisionRecords {
    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;

    /**
     * A kind of supervision record: its entity, its name in problems (the noun of the shared not-found and
     * stale-version details), its label in its own details and what its view reads after the change.
     */
    public static final class Kind<T extends SupervisionRecord> {
        public static final Kind<Supervision> SUPERVISION = new Kind<>(Supervision.class, "supervision",
                Detail.of("ap.kind.supervision", "supervision"), SupervisionRecords::loaded);
        public static final Kind<Finding> FINDING = new Kind<>(Finding.class, "finding",
                Detail.of("ap.kind.finding", "finding"), UnaryOperator.identity());
        public static final Kind<Admonition> ADMONITION = new Kind<>(Admonition.class, "admonition",
                Detail.of("ap.kind.admonition", "admonition"), UnaryOperator.identity());
        public static final Kind<Accountability> ACCOUNTABILITY = new Kind<>(Accountability.class, "accountability",
                Detail.of("ap.kind.accountability", "accountability"), UnaryOperator.identity());

        final Class<T> entity;
        final String name;
        final Detail label;
        final UnaryOperator<T> loaded;

        private Kind(Class<T> entity, String name, Detail label, UnaryOperator<T> loaded) {
            this.entity = entity;
            this.name = name;
            this.label = label;
            this.loaded = loaded;
        }
    }

    /** The record of this kind and id; 404 naming the kind otherwise. */
    public <T extends SupervisionRecord> T find(Kind<T> kind, long id) {
        return Optional.ofNullable(em.find(kind.entity, id)).orElseThrow(() -> Problems.notFound(kind.name, id));
    }

    /**
     * The record a caller changes, read in the caller's transaction: 409 when it was withdrawn (it is no longer
     * changed) or when it changed since the caller read it (stale version).
     */
    public <T extends SupervisionRecord> T editable(Kind<T> kind, long id, Long versionRead) {
        T r = find(kind, id);
        fresh(kind, id, versionRead, r.version, r.withdrawal);
        return r;
    }

    /** Takes a record back with who, when and why: kept and readable, no longer counted. */
    @Transactional
    public <T extends SupervisionRecord> T withdraw(Kind<T> kind, long id, WithdrawalInput in) {
        T r = editable(kind, id, in.version());
        r.withdraw(new Withdrawal(Instant.now(clock), user.name(), in.reason()));
        em.flush();
        return kind.loaded.apply(r);
    }

    /** Who changed the record when, before and after each change (the Envers audit trail). */
    public List<AuditEntry> history(Kind<?> kind, long id) {
        return audit.history(kind.entity, id);
    }

    /** The caller changes what it read; a withdrawn record is no longer changed. */
    static void fresh(Kind<?> kind, long id, Long sent, long current, Withdrawal w) {
        if (Withdrawal.isWithdrawn(w)) {
            throw Problems.conflict(Detail.of("ap.record.withdrawn-on",
                    "{0} {1} was withdrawn on {2} ({3})", kind.label,
                    id, w.at, w.reason));
        }
        if (sent != current) {
            throw Problems.staleVersion(kind.name + " " + id, sent, current);
        }
    }

    /** The views are built after the transaction: what they read of the 督查 is loaded within it. */
    static Supervision loaded(Supervision s) {
        Hibernate.initialize(s.taskNumbers);
        Hibernate.initialize(s.units);
        Hibernate.initialize(s.findings);
        return s;
    }
}
