package gov.qinghai.followup.medical.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

/**
 * Loads the CSVs that scripts/parse_140.py extracted from 青政办〔2017〕140号 on every start. Idempotent:
 * rows carry ids in a reserved range (&lt; 1000, below every sequence) and go in with ON CONFLICT DO NOTHING,
 * so a restart never duplicates data and never overwrites later corrections.
 */
@ApplicationScoped
public class SeedImporter {
    private static final Logger LOG = Logger.getLogger(SeedImporter.class);
    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent ev) {
        LOG.infof("seed from 青政办〔2017〕140号: %d new rows", importAll());
    }

    /** Inserts what is missing and returns how many rows that was (0 on every start after the first). */
    @Transactional
    public int importAll() {
        return institutions() + alliances() + targets() + familyDoctorTargets();
    }

    private int institutions() {
        int n = 0;
        long id = 1;
        for (Map<String, String> r : Csv.read("seed/institutions.csv")) {
            n += em.createNativeQuery("""
                    insert into institution (id, name, level, ownership, kind, tier, source)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing""")
                    .setParameter(1, id++).setParameter(2, r.get("name")).setParameter(3, r.get("level"))
                    .setParameter(4, r.get("ownership")).setParameter(5, r.get("kind")).setParameter(6, r.get("tier"))
                    .setParameter(7, r.get("source")).executeUpdate();
        }
        return n;
    }

    private int alliances() {
        int n = 0;
        long id = 1;
        for (Map<String, String> r : Csv.read("seed/alliances.csv")) {
            n += native_("""
                    insert into alliance (id, name, kind, specialty, lead_institution_id, lead_basis, status, source, quote)
                    values (?1, ?2, ?3, ?4, (select id from institution where name = ?5), ?6, ?7, ?8, ?9)
                    on conflict do nothing""")
                    .setParameter(1, id).setParameter(2, r.get("name")).setParameter(3, r.get("kind"))
                    .setParameter(4, r.get("specialty"), String.class).setParameter(5, r.get("lead"), String.class)
                    .setParameter(6, r.get("lead_basis")).setParameter(7, r.get("status"))
                    .setParameter(8, "青政办〔2017〕140号 " + r.get("source")).setParameter(9, r.get("quote"))
                    .executeUpdate();
            if (r.get("lead") != null) {
                // The lead is a member from before the notice; the notice gives no date (joined_on null).
                n += em.createNativeQuery("""
                        insert into alliance_member (id, alliance_id, institution_id, role)
                        select ?1, ?1, id, 'LEAD' from institution where name = ?2 on conflict do nothing""")
                        .setParameter(1, id).setParameter(2, r.get("lead")).executeUpdate();
            }
            id++;
        }
        return n;
    }

    private int targets() {
        int n = 0;
        for (Map<String, String> r : Csv.read("seed/notice_targets.csv")) {
            n += native_("""
                    insert into notice_target (code, value, unit, year, clause, quote)
                    values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                    .setParameter(1, r.get("code")).setParameter(2, new BigDecimal(r.get("value")))
                    .setParameter(3, r.get("unit"), String.class).setParameter(4, integer(r.get("year")), Integer.class)
                    .setParameter(5, r.get("clause")).setParameter(6, r.get("quote")).executeUpdate();
        }
        return n;
    }

    private int familyDoctorTargets() {
        int n = 0;
        List<Map<String, String>> rows = Csv.read("seed/family_doctor_targets.csv");
        for (Map<String, String> r : rows) {
            n += native_("""
                    insert into family_doctor_target (year, overall_pct, key_population_pct, full_coverage, clause, quote)
                    values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                    .setParameter(1, integer(r.get("year"))).setParameter(2, decimal(r.get("overall_pct")), BigDecimal.class)
                    .setParameter(3, decimal(r.get("key_population_pct")), BigDecimal.class)
                    .setParameter(4, Boolean.parseBoolean(r.get("full_coverage")))
                    .setParameter(5, r.get("clause")).setParameter(6, r.get("quote")).executeUpdate();
        }
        return n;
    }

    /** A Hibernate native query, so that null parameters can be bound with their type. */
    private NativeQuery<?> native_(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class);
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
