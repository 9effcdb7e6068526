package gov.qinghai.followup.transparency.service;

import jakarta.persistence.Tuple;
import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.common.operations.Work;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.transparency.domain.CatalogueItem;
import gov.qinghai.followup.transparency.domain.PilotArea;
import gov.qinghai.followup.transparency.domain.PilotMilestone;
import gov.qinghai.followup.transparency.domain.PilotUnit;
import gov.qinghai.followup.transparency.service.views.PilotViews;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The 138号 pilot: milestones and the 标准目录 with its seven elements, versioned per unit. */
@ApplicationScoped
public class PilotService {
    @Inject
    java.time.Clock clock;
    /** Columns of the 标准目录 export and import, headed from the label table (labels.properties, column.*). */
    public static final List<String> COLUMNS = java.util.stream.Stream.of("area", "item_name", "basis", "content",
            "responsible_body", "time_limit", "method", "requirement").map(Labels.get()::heading).toList();

    /** Rows of an import between two progress writes of a tracked import. */
    static final int PROGRESS_EVERY = 100;

    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;

    public static PilotUnit requireUnit(long id) {
        return PilotUnit.<PilotUnit>findByIdOptional(id).orElseThrow(() -> Problems.notFound("pilot unit", id));
    }

    public PilotViews.Unit view(PilotUnit u) {
        return new PilotViews.Unit(u.id, u.seq, u.prefecture, u.name, u.catalogueRevision, u.contactEmail,
                PilotArea.<PilotArea>list("unitId", Sort.by("seq"), u.id).stream()
                        .map(PilotViews.Area::of).toList(),
                PilotMilestone.<PilotMilestone>list("unitId", Sort.by("dueOn"), u.id).stream()
                        .map(PilotViews.Milestone::of).toList(), u.version);
    }

    /** Sets where the unit's reminders are e-mailed. */
    @Transactional
    public PilotUnit updateUnit(long id, PilotViews.UnitUpdate in) {
        PilotUnit u = requireUnit(id);
        if (u.version != in.version()) {
            throw Problems.staleVersion("pilot unit " + id, in.version(), u.version);
        }
        u.contactEmail = in.contactEmail();
        PilotUnit.flush();
        return u;
    }

    @Transactional
    public PilotArea addArea(long unitId, String name) {
        PilotUnit u = requireUnit(unitId);
        if (PilotArea.count("unitId = ?1 and name = ?2", unitId, name) > 0) {
            throw Problems.conflict(Detail.of("tr.pilot.area-exists", "area '{0}' already exists for {1}", name, u.name));
        }
        PilotArea a = new PilotArea();
        a.unitId = unitId;
        a.seq = (int) PilotArea.count("unitId", unitId) + 1;
        a.name = name;
        a.source = "ADDED";
        a.persistAndFlush();
        return a;
    }

    @Transactional
    public PilotMilestone updateMilestone(long id, PilotViews.MilestoneUpdate in) {
        PilotMilestone m = PilotMilestone.<PilotMilestone>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("milestone", id));
        user.requireUnit(requireUnit(m.unitId).name);
        if (m.version != in.version()) {
            throw Problems.staleVersion("milestone " + id, in.version(), m.version);
        }
        if ("DONE".equals(in.status()) && in.completedOn() == null) {
            throw Problems.badRequest("completedOn", Detail.of("tr.pilot.done-needs-date", "a DONE milestone needs completedOn"));
        }
        if ("DONE".equals(in.status()) && in.completedOn().isAfter(java.time.LocalDate.now(clock))) {
            throw Problems.unprocessable("completedOn", Detail.of("tr.pilot.done-in-future",
                    "completedOn {0} is after today: a milestone is marked done once it is done", in.completedOn()));
        }
        m.status = in.status();
        m.completedOn = "DONE".equals(in.status()) ? in.completedOn() : null;
        m.note = in.note();
        PilotMilestone.flush();
        return m;
    }

    /** Per 试点内容 of a unit: its catalogue items and latest revision (SQL group by), in the attachment's order. */
    @SuppressWarnings("unchecked")
    public List<PilotViews.AreaSummary> areaSummary(long unitId) {
        List<Tuple> rows = em.createNativeQuery("""
                select a.id, a.seq, a.name, a.source, count(c.id) as items, max(c.revision) as latest_revision
                from pilot_area a left join catalogue_item c on c.area_id = a.id
                where a.unit_id = ?1 group by a.id, a.seq, a.name, a.source order by a.seq, a.id""", Tuple.class)
                .setParameter(1, unitId).getResultList();
        return rows.stream().map(r -> {
            Number latest = r.get("latest_revision", Number.class);
            return new PilotViews.AreaSummary(r.get("id", Number.class).longValue(), r.get("seq", Number.class).intValue(),
                    r.get("name", String.class), r.get("source", String.class), r.get("items", Number.class).longValue(),
                    latest == null ? null : latest.intValue());
        }).toList();
    }

    /**
     * 138号 五(三) 组织验收阶段 "试点地区要于2018年9月底前，形成试点工作总体报告报送省政务公开领导小组办公室。总结报告包括：
     * 本地区试点总体情况、主要做法和成效、存在的问题及工作建议等；政务公开事项标准目录，公开工作流程标准化制度、流程图；工作中
     * 形成的体制、机制文件等": each requirement with what this service knows of it (milestones, the 标准目录 per area);
     * what it does not hold is said to be NOT_TRACKED, never marked met.
     */
    public List<PilotViews.ChecklistItem> acceptanceChecklist(long unitId) {
        Map<String, PilotMilestone> ms = new HashMap<>();
        PilotMilestone.<PilotMilestone>list("unitId", unitId).forEach(m -> ms.put(m.code, m));
        List<PilotViews.AreaSummary> areas = areaSummary(unitId);
        long empty = areas.stream().filter(a -> a.items() == 0).count();
        List<PilotViews.ChecklistItem> out = new ArrayList<>();
        for (String code : List.of("PLAN_FILED", "PILOT_DONE", "ACCEPTANCE_REPORT")) {
            PilotMilestone m = ms.get(code);
            out.add(new PilotViews.ChecklistItem(code, m == null ? code : m.title, "138号 五",
                    m == null ? "MISSING" : "DONE".equals(m.status) ? "MET" : "OPEN",
                    m == null ? "no milestone " + code : "due " + m.dueOn + (m.completedOn == null ? ""
                            : ", done " + m.completedOn)));
        }
        out.add(new PilotViews.ChecklistItem("STANDARD_CATALOGUE", "政务公开事项标准目录（每个试点内容）",
                "138号 四(二)、五(三)", areas.isEmpty() || empty > 0 ? "OPEN" : "MET",
                (areas.size() - empty) + " of " + areas.size() + " 试点内容 have catalogue items"
                        + (empty > 0 ? "; without: " + areas.stream().filter(a -> a.items() == 0)
                        .map(PilotViews.AreaSummary::name).toList() : "")));
        out.add(new PilotViews.ChecklistItem("REPORT_CONTENT", "总结报告：试点总体情况、主要做法和成效、存在的问题及工作建议",
                "138号 五(三)", "NOT_TRACKED", "part of the report itself; not held by this service"));
        out.add(new PilotViews.ChecklistItem("PROCESS_STANDARDS", "公开工作流程标准化制度、流程图", "138号 五(三)",
                "NOT_TRACKED", "documents submitted with the report; not held by this service"));
        out.add(new PilotViews.ChecklistItem("MECHANISM_DOCUMENTS", "工作中形成的体制、机制文件", "138号 五(三)",
                "NOT_TRACKED", "documents submitted with the report; not held by this service"));
        return out;
    }

    public Map<Long, String> areaNames(long unitId) {
        Map<Long, String> out = new HashMap<>();
        PilotArea.<PilotArea>list("unitId", unitId).forEach(a -> out.put(a.id, a.name));
        return out;
    }

    /** The unit's catalogue, or one area's (areaId not null). */
    public List<CatalogueItem> catalogue(long unitId, Long areaId) {
        Sort sort = Sort.by("areaId").and("name");
        return areaId == null ? CatalogueItem.list("unitId", sort, unitId)
                : CatalogueItem.list("unitId = ?1 and areaId = ?2", sort, unitId, areaId);
    }

    public long catalogueSize(long unitId, Long areaId) {
        return areaId == null ? CatalogueItem.count("unitId", unitId)
                : CatalogueItem.count("unitId = ?1 and areaId = ?2", unitId, areaId);
    }

    public Long areaId(long unitId, String name) {
        return area(unitId, name, "area").id;
    }

    /** Create or update one item; every change bumps the unit's catalogue revision. */
    @Transactional
    public CatalogueItem saveItem(long unitId, Long itemId, PilotViews.ItemInput in) {
        PilotUnit u = requireUnit(unitId);
        user.requireUnit(u.name);
        PilotArea area = area(unitId, in.area(), "area");
        CatalogueItem c;
        if (itemId == null) {
            if (CatalogueItem.count("unitId = ?1 and areaId = ?2 and name = ?3", unitId, area.id, in.name()) > 0) {
                throw Problems.conflict(Detail.of("tr.catalogue.item-exists", "catalogue item '{0}' already exists in {1}",
                        in.name(), in.area()));
            }
            c = new CatalogueItem();
            c.unitId = unitId;
        } else {
            c = CatalogueItem.<CatalogueItem>findByIdOptional(itemId).filter(x -> x.unitId.equals(unitId))
                    .orElseThrow(() -> Problems.notFound("catalogue item", itemId));
            if (in.version() == null) {
                throw Problems.badRequest("version", Detail.of("tr.version-required", "version is required on update"));
            }
            if (c.version != in.version()) {
                throw Problems.staleVersion("catalogue item " + itemId, in.version(), c.version);
            }
        }
        u.catalogueRevision++;
        apply(c, area.id, in.name(), in.basis(), in.content(), in.responsibleBody(), in.timeLimit(), in.method(),
                in.requirement());
        c.revision = u.catalogueRevision;
        c.persistAndFlush();
        return c;
    }

    /** The first row of an import must name the export's columns (400 naming "header" otherwise). */
    public static void requireHeader(List<List<String>> rows) {
        if (rows.isEmpty() || !rows.get(0).subList(0, Math.min(8, rows.get(0).size())).stream().map(String::trim)
                .toList().equals(COLUMNS)) {
            throw Problems.badRequest("header", Detail.of("tr.catalogue.header", "the first row must be {0}",
                    String.join(",", COLUMNS)));
        }
    }

    /** The rows after the header that are not blank: what an import reads. */
    public static long dataRows(List<List<String>> rows) {
        return rows.stream().skip(1).filter(r -> !blank(r)).count();
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(s -> s == null || s.isBlank());
    }

    /**
     * Import rows in the export's columns; one revision for the whole import; all or nothing (one transaction: a bad
     * row rolls back every row before it). The caller has checked the user's right to the unit
     * ({@link CatalogueImports}). Progress counts the data rows read and checked, every {@value #PROGRESS_EVERY}.
     */
    @Transactional
    public PilotViews.ImportResult importRows(long unitId, List<List<String>> rows, Work.Progress progress) {
        PilotUnit u = requireUnit(unitId);
        requireHeader(rows);
        int revision = u.catalogueRevision + 1;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        long read = 0;
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (blank(r)) {
                continue;
            }
            if (++read % PROGRESS_EVERY == 0) {
                progress.done(read);
            }
            String[] v = new String[8];
            for (int c = 0; c < 8; c++) {
                v[c] = c < r.size() && r.get(c) != null ? r.get(c).trim() : "";
                if (v[c].isEmpty()) {
                    throw Problems.unprocessable("row " + (i + 1) + " " + COLUMNS.get(c),
                            Detail.of("tr.catalogue.empty-cell", "row {0}: column {1} is empty (138号 四(二) requires all"
                                    + " seven elements)", i + 1, COLUMNS.get(c)));
                }
            }
            PilotArea area = area(unitId, v[0], "row " + (i + 1) + " 试点内容");
            CatalogueItem c = CatalogueItem.<CatalogueItem>find("unitId = ?1 and areaId = ?2 and name = ?3",
                    unitId, area.id, v[1]).firstResult();
            if (c == null) {
                c = new CatalogueItem();
                c.unitId = unitId;
                created++;
            } else if (same(c, v)) {
                unchanged++;
                continue;
            } else {
                updated++;
            }
            apply(c, area.id, v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
            c.revision = revision;
            c.persist();
        }
        if (created + updated > 0) {
            u.catalogueRevision = revision;
        }
        CatalogueItem.flush();
        progress.done(read);
        return new PilotViews.ImportResult(u.catalogueRevision, created, updated, unchanged);
    }

    private static boolean same(CatalogueItem c, String[] v) {
        return Objects.equals(c.basis, v[2]) && Objects.equals(c.content, v[3]) && Objects.equals(c.responsibleBody, v[4])
                && Objects.equals(c.timeLimit, v[5]) && Objects.equals(c.method, v[6])
                && Objects.equals(c.requirement, v[7]);
    }

    private static void apply(CatalogueItem c, Long areaId, String name, String basis, String content, String body,
                              String timeLimit, String method, String requirement) {
        c.areaId = areaId;
        c.name = name;
        c.basis = basis;
        c.content = content;
        c.responsibleBody = body;
        c.timeLimit = timeLimit;
        c.method = method;
        c.requirement = requirement;
    }

    private static PilotArea area(long unitId, String name, String field) {
        return PilotArea.<PilotArea>find("unitId = ?1 and name = ?2", unitId, name).firstResultOptional()
                .orElseThrow(() -> Problems.unprocessable(field, Detail.of("tr.pilot.unknown-area", "'{0}' is not a"
                        + " pilot area of this unit; add it first (138号 三(二) 可以适当增加试点内容)", name)));
    }
}
