package gov.qinghai.followup.transparency.service;

import jakarta.persistence.Tuple;
import java.time.Clock;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.transparency.domain.AssessmentRound;
import gov.qinghai.followup.transparency.domain.DisclosureTimeliness;
import gov.qinghai.followup.transparency.domain.ItemCategory;
import gov.qinghai.followup.transparency.domain.Scheme;
import gov.qinghai.followup.transparency.domain.SchemeItem;
import gov.qinghai.followup.transparency.domain.SchemeLine;
import gov.qinghai.followup.transparency.service.views.SchemeViews;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading, copying (new revision per year) and re-pointing schemes (137号 第七条 动态调整). */
@ApplicationScoped
public class SchemeService {
    @Inject
    Clock clock;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Inject
    EntityManager em;

    public static Scheme require(long id) {
        return Scheme.<Scheme>findByIdOptional(id).orElseThrow(() -> Problems.notFound("scheme", id));
    }

    /** Σ points of the regular items' lines (items 1–8), in SQL. */
    public BigDecimal regularTotal(long schemeId) {
        BigDecimal t = (BigDecimal) em.createNativeQuery("""
                select coalesce(sum(l.points), 0) from scheme_line l join scheme_item i on i.id = l.item_id
                where l.scheme_id = ?1 and i.category = 'REGULAR'""").setParameter(1, schemeId).getSingleResult();
        return t.setScale(1);
    }

    /** Per item: regular → Σ line points; 加分/减分 → cap. */
    @SuppressWarnings("unchecked")
    public Map<Long, BigDecimal> itemMaxima(long schemeId) {
        List<Tuple> rows = em.createNativeQuery("""
                select i.id, case when i.category = 'REGULAR' then coalesce(sum(l.points), 0) else i.cap end as maximum
                from scheme_item i left join scheme_line l on l.item_id = i.id
                where i.scheme_id = ?1 group by i.id, i.category, i.cap""", Tuple.class).setParameter(1, schemeId)
                .getResultList();
        Map<Long, BigDecimal> out = new HashMap<>();
        rows.forEach(r -> out.put(r.get("id", Number.class).longValue(), r.get("maximum", BigDecimal.class)));
        return out;
    }

    public SchemeViews.Summary summary(Scheme s) {
        BigDecimal total = regularTotal(s.id);
        return new SchemeViews.Summary(s.id, s.year, s.revision, s.title, total, total.compareTo(HUNDRED) == 0,
                s.version);
    }

    public SchemeViews.Detail detail(Scheme s) {
        Map<Long, BigDecimal> maxima = itemMaxima(s.id);
        List<String> notes = new ArrayList<>();
        List<SchemeViews.Item> items = new ArrayList<>();
        for (SchemeItem i : SchemeItem.<SchemeItem>list("schemeId", Sort.by("itemNo"), s.id)) {
            List<SchemeViews.Line> lines = new ArrayList<>();
            for (SchemeLine l : SchemeLine.<SchemeLine>list("itemId", Sort.by("lineNo"), i.id)) {
                lines.add(SchemeViews.Line.of(l));
                if (l.layoutNote != null) {
                    notes.add("item " + i.itemNo + " line " + l.lineNo + " '" + l.content + "': " + l.layoutNote);
                }
                if (l.dataNote != null) {
                    notes.add("item " + i.itemNo + " line " + l.lineNo + " (gazette line " + l.gazetteLine + "): "
                            + l.dataNote);
                }
            }
            items.add(new SchemeViews.Item(i.id, i.itemNo, i.name, i.category, i.appliesTo, i.remark,
                    maxima.get(i.id), i.version, lines));
        }
        if (items.stream().anyMatch(i -> i.itemNo() == 2 && i.lines().stream().anyMatch(l -> l.subArea() != null))) {
            notes.add("item 2 is named '政府信息公开制度' in the 项目 column but also holds the sub-area '政务舆情制度' and"
                    + " platform-management lines; kept as printed");
        }
        BigDecimal total = regularTotal(s.id);
        return new SchemeViews.Detail(s.id, s.year, s.revision, s.title, s.source, s.note, total,
                total.compareTo(HUNDRED) == 0, inUse(s.id), s.version, timelinessView(s), items, notes);
    }

    /** The scheme's 20-working-day rule (137号 附件 第4项), if it has one. */
    public Optional<DisclosureTimeliness.Rule> timelinessRule(Scheme s) {
        if (s.timelinessLineId == null) {
            return Optional.empty();
        }
        SchemeLine l = SchemeLine.findById(s.timelinessLineId);
        SchemeItem i = SchemeItem.findById(l.itemId);
        return Optional.of(new DisclosureTimeliness.Rule(l.id, i.itemNo, l.lineNo, l.points, s.timelinessFullRate));
    }

    public SchemeViews.TimelinessRule timelinessView(Scheme s) {
        return timelinessRule(s).map(r -> new SchemeViews.TimelinessRule(r.lineId(), r.itemNo(), r.lineNo(),
                        SchemeLine.<SchemeLine>findById(r.lineId()).content, r.linePoints(), r.fullMarksRate(),
                        DisclosureTimeliness.FORMULA, DisclosureTimeliness.BASIS))
                .orElse(null);
    }

    /** Point the rule at a regular content line (or switch it off with null) and set its full-marks rate. */
    @Transactional
    public Scheme setTimelinessRule(long schemeId, Long lineId, BigDecimal fullMarksRate, long version) {
        Scheme s = require(schemeId);
        frozenCheck(schemeId);
        if (s.version != version) {
            throw Problems.staleVersion("scheme " + schemeId, version, s.version);
        }
        if (lineId != null) {
            SchemeLine l = SchemeLine.<SchemeLine>findByIdOptional(lineId).filter(x -> x.schemeId == schemeId)
                    .orElseThrow(() -> Problems.unprocessable("lineId", Detail.of("tr.scheme.line-not-in-scheme",
                            "line {0} is not in scheme {1}", lineId, schemeId)));
            SchemeItem i = SchemeItem.findById(l.itemId);
            if (i.category != ItemCategory.REGULAR) {
                throw Problems.unprocessable("lineId", Detail.of("tr.scheme.rule-line", "the rule feeds a regular"
                        + " content line (items 1–8), not a {0} line", i.category));
            }
        }
        s.timelinessLineId = lineId;
        s.timelinessFullRate = fullMarksRate.setScale(1, java.math.RoundingMode.HALF_UP);
        Scheme.flush();
        return s;
    }

    public boolean inUse(long schemeId) {
        return AssessmentRound.count("schemeId", schemeId) > 0;
    }

    @Transactional
    public Scheme copy(long fromId, int year, String title) {
        Scheme from = require(fromId);
        Integer last = (Integer) em.createNativeQuery("select max(revision) from scheme where year = ?1")
                .setParameter(1, year).getSingleResult();
        Scheme to = new Scheme();
        to.year = year;
        to.revision = last == null ? 1 : last + 1;
        to.title = title != null ? title : year + "年度政务公开工作考核内容";
        to.source = "copied from scheme " + from.year + " revision " + from.revision;
        to.note = from.note;
        to.createdAt = Instant.now(clock);
        to.timelinessFullRate = from.timelinessFullRate;
        to.persist();
        for (SchemeItem i : SchemeItem.<SchemeItem>list("schemeId", from.id)) {
            SchemeItem c = new SchemeItem();
            c.schemeId = to.id;
            c.itemNo = i.itemNo;
            c.name = i.name;
            c.category = i.category;
            c.appliesTo = i.appliesTo;
            c.remark = i.remark;
            c.cap = i.cap;
            c.persist();
            for (SchemeLine l : SchemeLine.<SchemeLine>list("itemId", i.id)) {
                SchemeLine n = new SchemeLine();
                n.schemeId = to.id;
                n.itemId = c.id;
                n.lineNo = l.lineNo;
                n.subArea = l.subArea;
                n.content = l.content;
                n.points = l.points;
                n.layoutNote = l.layoutNote;
                n.gazetteLine = l.gazetteLine;
                n.dataNote = l.dataNote;
                n.persist();
                if (l.id.equals(from.timelinessLineId)) {
                    to.timelinessLineId = n.id;
                }
            }
        }
        return to;
    }

    @Transactional
    public SchemeLine setPoints(long schemeId, long lineId, BigDecimal points, long version) {
        SchemeLine l = SchemeLine.<SchemeLine>findByIdOptional(lineId)
                .filter(x -> x.schemeId == schemeId).orElseThrow(() -> Problems.notFound("scheme line", lineId));
        frozenCheck(schemeId);
        if (l.version != version) {
            throw Problems.staleVersion("scheme line " + lineId, version, l.version);
        }
        SchemeItem item = SchemeItem.findById(l.itemId);
        if (item.category == ItemCategory.DEDUCTION && points.signum() > 0) {
            throw Problems.badRequest("points", Detail.of("tr.scheme.deduction-sign", "减分项 points are negative or zero"));
        }
        if (item.category != ItemCategory.DEDUCTION && points.signum() < 0) {
            throw Problems.badRequest("points", Detail.of("tr.scheme.points-sign", "points of a {0} line are zero or"
                    + " positive", item.category));
        }
        if (item.category == ItemCategory.ZERO_OUT && points.signum() != 0) {
            throw Problems.badRequest("points", Detail.of("tr.scheme.zero-out-points",
                    "直接归零项 carries no points: it forces 不合格 (137号 第十三条)"));
        }
        l.points = points;
        SchemeLine.flush();
        return l;
    }

    @Transactional
    public SchemeItem setCap(long schemeId, long itemId, BigDecimal cap, long version) {
        SchemeItem i = SchemeItem.<SchemeItem>findByIdOptional(itemId)
                .filter(x -> x.schemeId == schemeId).orElseThrow(() -> Problems.notFound("scheme item", itemId));
        frozenCheck(schemeId);
        if (i.category != ItemCategory.BONUS && i.category != ItemCategory.DEDUCTION) {
            throw Problems.badRequest("cap", Detail.of("tr.scheme.cap", "only 加分项 and 减分项 have a cap; a regular"
                    + " item's maximum is the sum of its lines"));
        }
        if (i.version != version) {
            throw Problems.staleVersion("scheme item " + itemId, version, i.version);
        }
        i.cap = cap;
        SchemeItem.flush();
        return i;
    }

    private void frozenCheck(long schemeId) {
        if (inUse(schemeId)) {
            throw Problems.conflict(Detail.of("tr.scheme.in-use", "scheme {0} is used by an annual round; copy it to"
                    + " a new revision to change points", schemeId));
        }
    }
}
