package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.projects.domain.Fair;
import gov.qinghai.followup.projects.domain.Names;
import gov.qinghai.followup.projects.domain.OutlierRule;
import gov.qinghai.followup.projects.domain.Project;
import gov.qinghai.followup.projects.domain.ProjectRow;
import gov.qinghai.followup.projects.domain.QualityFlag;
import gov.qinghai.followup.projects.domain.ResponsibleUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Imports a fair's project table all-or-nothing; a dry run reports every row error and writes nothing. */
@ApplicationScoped
public class ProjectImporter {
    private static final Logger LOG = Logger.getLogger(ProjectImporter.class);
    @Inject
    EntityManager em;

    public record Outcome(boolean dryRun, boolean written, int rows, List<ProjectTable.RowError> errors,
                          Map<String, Long> flagCounts) {
    }

    @Transactional
    public Outcome importTable(long fairId, List<TableFiles.Line> lines, boolean dryRun) {
        Fair fair = Fair.<Fair>findByIdOptional(fairId).orElseThrow(() -> Problems.notFound("fair", fairId));
        Map<String, ResponsibleUnit> units = ResponsibleUnit.<ResponsibleUnit>listAll().stream()
                .collect(Collectors.toMap(u -> u.name, Function.identity()));
        ProjectTable.Parsed parsed = ProjectTable.parse(lines, units.keySet());
        Map<String, Long> flags = parsed.rows().stream().flatMap(r -> r.flags().stream())
                .collect(Collectors.groupingBy(QualityFlag::name, Collectors.counting()));
        if (!parsed.errors().isEmpty() || dryRun) {
            return new Outcome(dryRun, false, parsed.rows().size(), parsed.errors(), flags);
        }
        if (Project.count("fair.id", fairId) > 0) {
            throw Problems.conflict("fair " + fairId + " already has its projects; create a new fair for a new table");
        }
        long start = System.nanoTime();
        int n = 0;
        for (ProjectRow row : parsed.rows()) {
            em.persist(toEntity(fair, units.get(row.unit()), row));
            if (++n % 1000 == 0) {
                em.flush();
                em.clear();
                fair = em.find(Fair.class, fairId);
                LOG.infof("fair %d: imported %d of %d rows", fairId, n, parsed.rows().size());
            }
        }
        em.flush();
        markDerivedFlags(fairId);
        LOG.infof("fair %d: imported %d rows in %d ms", fairId, n, (System.nanoTime() - start) / 1_000_000);
        return new Outcome(false, true, n, List.of(), flags);
    }

    /** Flags that need the whole table: duplicate names and outlying amounts (see {@link OutlierRule}). */
    void markDerivedFlags(long fairId) {
        em.createNativeQuery("""
                update project p set quality_flags = array_append(p.quality_flags, 'DUPLICATE_NAME')
                where p.fair_id = ?1 and p.name in (
                    select name from project where fair_id = ?1 group by name having count(*) > 1)""")
                .setParameter(1, fairId).executeUpdate();
        em.createNativeQuery("""
                with s as (
                    select percentile_cont(0.25) within group (order by ln(total_investment)) q1,
                           percentile_cont(0.75) within group (order by ln(total_investment)) q3
                    from project where fair_id = ?1 and total_investment > 0)
                update project p set quality_flags = array_append(p.quality_flags, 'STATISTICAL_OUTLIER')
                from s
                where p.fair_id = ?1 and p.total_investment > 0
                  and (ln(p.total_investment) > s.q3 + ?2 * (s.q3 - s.q1)
                       or ln(p.total_investment) < s.q1 - ?2 * (s.q3 - s.q1))""")
                .setParameter(1, fairId).setParameter(2, OutlierRule.K).executeUpdate();
    }

    private static Project toEntity(Fair fair, ResponsibleUnit unit, ProjectRow row) {
        Project p = new Project();
        p.fair = fair;
        p.unit = unit;
        p.seq = row.seq();
        p.name = row.name();
        p.partyA = row.partyA();
        p.partyB = row.partyB();
        p.totalInvestment = row.totalInvestment();
        p.fundSources = row.fundSources();
        p.fundProvinces = row.fundProvinces();
        p.responsibleLeader = row.responsibleLeader();
        p.responsiblePersons = Names.split(row.responsiblePersons());
        p.sourceLine = row.sourceLine();
        p.qualityFlags = row.flags().stream().map(Enum::name).collect(Collectors.toList());
        return p;
    }
}
