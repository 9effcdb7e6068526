package gov.qinghai.followup.transparency.service;

import java.time.Clock;
import gov.qinghai.followup.transparency.domain.ItemCategory;
import gov.qinghai.followup.transparency.domain.PilotArea;
import gov.qinghai.followup.transparency.domain.PilotMilestone;
import gov.qinghai.followup.transparency.domain.PilotUnit;
import gov.qinghai.followup.transparency.domain.Scheme;
import gov.qinghai.followup.transparency.domain.SchemeItem;
import gov.qinghai.followup.transparency.domain.SchemeLine;
import gov.qinghai.followup.transparency.report.Csv;
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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Loads the CSVs that scripts/parse_scheme.py and scripts/parse_pilot.py produced from the gazette, once:
 * a PostgreSQL advisory lock serialises replicas starting together, and existing rows make it a no-op.
 */
@ApplicationScoped
public class SeedImporter {
    @Inject
    Clock clock;
    private static final Logger LOG = Logger.getLogger(SeedImporter.class);
    static final String SCHEME_SOURCE = "青政办〔2017〕137号 附件 政务公开考核内容 (seed/scheme_2017.csv)";

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes StartupEvent ev) {
        em.createNativeQuery("select pg_advisory_xact_lock(20170137)").getSingleResult();
        if (Scheme.count("year", 2017) == 0) {
            importScheme();
        }
        if (PilotUnit.count() == 0) {
            importPilot();
        } else if (PilotArea.count("source = 'ATTACHMENT' and gazetteLine is null") > 0) {
            fillPilotGazetteLines();
        }
    }

    private void importScheme() {
        List<List<String>> rows = Csv.parse(read("seed/scheme_2017.csv"));
        List<String> h = rows.get(0);
        Scheme s = new Scheme();
        s.year = 2017;
        s.revision = 1;
        s.title = "2017年度政务公开工作考核内容";
        s.source = SCHEME_SOURCE;
        s.note = "The notice sets no point values (第七条 动态调整). Default points of this service: items 1–8 sum to"
                + " 100 (组织领导10, 政府信息公开制度10, 平台建设10, 政府信息公开20, 政策解读10, 政务舆情监测处置10,"
                + " 公众参与10, 政务服务20); 加分项 +2 per occurrence capped at 5; 减分项 −2 per occurrence capped at 10."
                + " Item 4 line 1 (20个工作日内主动公开) scores its points × the on-time rate unless an assessor scores it.";
        s.createdAt = Instant.now(clock);
        s.persist();
        Map<Integer, SchemeItem> items = new HashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            int no = Integer.parseInt(col(h, r, "item_no"));
            SchemeItem item = items.computeIfAbsent(no, n -> {
                SchemeItem i = new SchemeItem();
                i.schemeId = s.id;
                i.itemNo = n;
                i.name = col(h, r, "item_name");
                i.category = ItemCategory.valueOf(col(h, r, "category"));
                i.appliesTo = col(h, r, "applies_to");
                i.remark = blankToNull(col(h, r, "item_remark"));
                String cap = col(h, r, "item_cap");
                i.cap = cap.isBlank() ? null : new BigDecimal(cap);
                i.persist();
                return i;
            });
            SchemeLine l = new SchemeLine();
            l.schemeId = s.id;
            l.itemId = item.id;
            l.lineNo = Integer.parseInt(col(h, r, "line_no"));
            l.subArea = blankToNull(col(h, r, "sub_area"));
            l.content = col(h, r, "content");
            l.points = new BigDecimal(col(h, r, "default_points"));
            l.layoutNote = blankToNull(col(h, r, "layout_note"));
            l.gazetteLine = Integer.valueOf(col(h, r, "gazette_line"));
            l.dataNote = blankToNull(col(h, r, "data_note"));
            l.persist();
            if (no == 4 && l.lineNo == 1) {
                // 附件 第4项 line 1 "…落实 20 个工作日内主动公开…": the line the on-time rate feeds by default
                s.timelinessLineId = l.id;
            }
        }
        LOG.infof("seeded the 2017 scheme: %d items, %d content lines", items.size(), rows.size() - 1);
    }

    private void importPilot() {
        List<List<String>> rows = Csv.parse(read("seed/pilot_areas.csv"));
        List<String> h = rows.get(0);
        Map<String, PilotUnit> units = new HashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            PilotUnit u = units.computeIfAbsent(col(h, r, "unit"), name -> {
                PilotUnit p = new PilotUnit();
                p.seq = Integer.parseInt(col(h, r, "unit_seq"));
                p.prefecture = col(h, r, "prefecture");
                p.name = name;
                p.persist();
                milestones(p.id);
                return p;
            });
            PilotArea a = new PilotArea();
            a.unitId = u.id;
            a.seq = Integer.parseInt(col(h, r, "area_seq"));
            a.name = col(h, r, "area");
            a.source = "ATTACHMENT";
            a.gazetteLine = Integer.valueOf(col(h, r, "gazette_line"));
            a.dataNote = blankToNull(col(h, r, "data_note"));
            a.persist();
        }
        LOG.infof("seeded the 138号 pilot: %d units, %d areas", units.size(), rows.size() - 1);
    }

    /** Areas seeded before the seed carried gazette lines and data notes get them from the seed, by unit and name. */
    private void fillPilotGazetteLines() {
        List<List<String>> rows = Csv.parse(read("seed/pilot_areas.csv"));
        List<String> h = rows.get(0);
        int filled = 0;
        for (List<String> r : rows.subList(1, rows.size())) {
            filled += em.createQuery("update PilotArea a set a.gazetteLine = :line, a.dataNote = :note where a.source ="
                            + " 'ATTACHMENT' and a.gazetteLine is null and a.name = :area and a.unitId in (select u.id"
                            + " from PilotUnit u where u.name = :unit)")
                    .setParameter("line", Integer.valueOf(col(h, r, "gazette_line")))
                    .setParameter("note", blankToNull(col(h, r, "data_note")))
                    .setParameter("area", col(h, r, "area")).setParameter("unit", col(h, r, "unit")).executeUpdate();
        }
        LOG.infof("138号 pilot areas: gazette lines filled for %d areas", filled);
    }

    /** 138号 五 工作进度安排. */
    private static void milestones(Long unitId) {
        milestone(unitId, "PLAN_FILED", "具体方案报送省政务公开领导小组办公室备案（2017年8月底前）", "2017-08-31");
        milestone(unitId, "PILOT_DONE", "完成试点各项任务（2018年8月底前）", "2018-08-31");
        milestone(unitId, "ACCEPTANCE_REPORT", "试点工作总体报告报送省政务公开领导小组办公室（2018年9月底前）", "2018-09-30");
    }

    private static void milestone(Long unitId, String code, String title, String due) {
        PilotMilestone m = new PilotMilestone();
        m.unitId = unitId;
        m.code = code;
        m.title = title;
        m.dueOn = LocalDate.parse(due);
        m.status = "PENDING";
        m.persist();
    }

    private static String col(List<String> header, List<String> row, String name) {
        int i = header.indexOf(name);
        return i < row.size() ? row.get(i) : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing seed resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
