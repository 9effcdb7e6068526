package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.projects.domain.Fair;
import gov.qinghai.followup.projects.domain.Project;
import gov.qinghai.followup.projects.domain.ResponsibleUnit;
import gov.qinghai.followup.projects.domain.UnitDeclaration;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Loads the 18th fair's table (seed/projects.csv and seed/groups.csv, made by scripts/parse_projects.py from
 * the gazette) on first start. An advisory lock makes concurrent replicas load it once; later starts find
 * the rows and do nothing.
 */
@ApplicationScoped
public class SeedLoader {
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    static final long SEED_FAIR_ID = 1;
    @Inject
    EntityManager em;
    @Inject
    ProjectImporter importer;

    void onStart(@Observes StartupEvent event) {
        load();
    }

    @Transactional
    public void load() {
        em.createNativeQuery("select pg_advisory_xact_lock(134)").getSingleResult();
        if (Project.count("fair.id", SEED_FAIR_ID) > 0) {
            return;
        }
        long start = System.nanoTime();
        ProjectImporter.Outcome outcome = importer.importTable(SEED_FAIR_ID, TableFiles.csv(() -> stream("seed/projects.csv")),
                false);
        if (!outcome.errors().isEmpty()) {
            throw new IllegalStateException("seed table has errors: " + outcome.errors());
        }
        long projects = System.nanoTime();
        loadDeclarations();
        LOG.infof("seeded %d projects of the 18th 青洽会 in %d ms (projects %d ms, unit declarations %d ms)",
                outcome.rows(), (System.nanoTime() - start) / 1_000_000, (projects - start) / 1_000_000,
                (System.nanoTime() - projects) / 1_000_000);
    }

    private void loadDeclarations() {
        List<TableFiles.Line> lines = TableFiles.readCsv(resource("seed/groups.csv"));
        Fair fair = Fair.findById(SEED_FAIR_ID);
        Map<String, ResponsibleUnit> units = ResponsibleUnit.<ResponsibleUnit>listAll().stream()
                .collect(Collectors.toMap(u -> u.name, Function.identity()));
        for (TableFiles.Line line : lines.subList(1, lines.size())) {
            UnitDeclaration d = new UnitDeclaration();
            d.fair = fair;
            d.unit = Optional.ofNullable(units.get(line.cell(0)))
                    .orElseThrow(() -> new IllegalStateException("unknown unit in groups.csv: " + line.cell(0)));
            d.declaredCount = Integer.parseInt(line.cell(1));
            d.declaredSubtotal = line.cell(2).isEmpty() ? null : new BigDecimal(line.cell(2));
            d.subtotalLabelled = line.cell(3).isEmpty() ? null : Boolean.valueOf(line.cell(3));
            d.sourceLine = Integer.valueOf(line.cell(4));
            d.persist();
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = stream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String path) {
        InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return in;
    }
}
