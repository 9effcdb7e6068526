package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.projects.domain.Fair;
import gov.qinghai.followup.projects.domain.OutlierRule;
import gov.qinghai.followup.projects.domain.Project;
import gov.qinghai.followup.projects.domain.ProjectRow;
import gov.qinghai.followup.projects.domain.QualityFlag;
import gov.qinghai.followup.projects.domain.ResponsibleUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Imports a fair's project table all-or-nothing; a dry run reports every row error and writes nothing. */
@ApplicationScoped
public class ProjectImporter {
    private static final Logger LOG = Logger.getLogger(ProjectImporter.class);
    static final int DRY_RUN_STEP = 10_000;
    @Inject
    EntityManager em;
    @Inject
    ProjectBulkWriter writer;
    @Inject
    TransactionManager tm;

    public record Outcome(boolean dryRun, boolean written, int rows, List<ProjectTable.RowError> errors,
                          Map<String, Long> flagCounts, List<String> unknownUnits) {
    }

    /**
     * Reads the table once, line by line: rows are checked and, unless it is a dry run, written in chunks as they
     * come. A row error stops the writing and rolls the transaction back, but the rest is still checked so the
     * answer lists every error. Progress and the time of each step go to the log.
     */
    @Transactional
    public Outcome importTable(long fairId, TableFiles.Lines lines, boolean dryRun) {
        return importTable(fairId, lines, dryRun, rows -> {
        });
    }

    /**
     * The same, telling {@code progress} how far it got: the rows written so far (each COPY chunk, the log's "fair N:
     * K rows written"), or on a dry run the rows checked so far (every {@value #DRY_RUN_STEP}).
     */
    @Transactional
    public Outcome importTable(long fairId, TableFiles.Lines lines, boolean dryRun, LongConsumer progress) {
        long start = System.nanoTime();
        Fair fair = Fair.<Fair>findByIdOptional(fairId).orElseThrow(() -> Problems.notFound("fair", fairId));
        if (!dryRun && Project.count("fair.id", fairId) > 0) {
            throw Problems.conflict(Detail.of("pt.import.fair-has-projects",
                    "fair {0} already has its projects; create a new fair for a new table", fairId));
        }
        Map<String, Long> unitIds = ResponsibleUnit.<ResponsibleUnit>listAll().stream()
                .collect(Collectors.toMap(u -> u.name, u -> u.id));
        ProjectTable.Checker checker = new ProjectTable.Checker(unitIds.keySet());
        Map<String, Long> flags = new TreeMap<>();
        ProjectBulkWriter.Batch batch = dryRun ? null : writer.open(fair.id, progress);
        int[] rows = {0};
        lines.each(line -> {
            ProjectRow row = checker.check(line);
            if (row == null) {
                return;
            }
            rows[0]++;
            if (dryRun && rows[0] % DRY_RUN_STEP == 0) {
                progress.accept(rows[0]);
            }
            Set<QualityFlag> rowFlags = row.flags();
            rowFlags.forEach(f -> flags.merge(f.name(), 1L, Long::sum));
            if (batch != null && !checker.failed()) {
                batch.add(row, unitIds.get(row.unit()), rowFlags);
            }
        });
        long read = System.nanoTime();
        List<ProjectTable.RowError> errors = checker.errors();
        if (!errors.isEmpty() || dryRun) {
            if (batch != null) {
                rollbackOnly();
            }
            return new Outcome(dryRun, false, rows[0], errors, flags, checker.unknownUnits());
        }
        int n = batch.finish(() -> markDerivedFlags(fairId));
        LOG.infof("fair %d: imported %d rows in %d ms (read, checked and copied %d ms; flags and audit %d ms)", fairId, n,
                ms(start, System.nanoTime()), ms(start, read), ms(read, System.nanoTime()));
        return new Outcome(false, true, n, List.of(), flags, List.of());
    }

    private void rollbackOnly() {
        try {
            tm.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** Flags that need the whole table: duplicate names and outlying amounts (see {@link OutlierRule}). */
    void markDerivedFlags(long fairId) {
        em.createNativeQuery("""
                update project p set quality_flags = array_append(p.quality_flags, 'DUPLICATE_NAME')
                where p.fair_id = ?1 and p.name in (
                    select name from project where fair_id = ?1 group by name having count(*) > 1)""")
                .setParameter(1, fairId).executeUpdate();
        em.createNativeQuery("""
                update project p set quality_flags = array_append(p.quality_flags, 'STATISTICAL_OUTLIER')
                from project_investment_outliers(?1, ?2) o
                where p.id = o.project_id""")
                .setParameter(1, fairId).setParameter(2, OutlierRule.K).executeUpdate();
    }
}
