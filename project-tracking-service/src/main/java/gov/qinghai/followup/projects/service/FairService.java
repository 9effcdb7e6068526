package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.projects.domain.Fair;
import gov.qinghai.followup.projects.domain.MilestoneTarget;
import gov.qinghai.followup.projects.domain.NoticeFigure;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An admin's changes to a fair: creating it, correcting or closing it, and replacing its milestone targets (134号 二)
 * and its notice's headline figures. Each is one transaction, audited by Envers on the entities; the targets and the
 * figures are versioned by the fair's version, raised by every replacement.
 */
@ApplicationScoped
public class FairService {
    @Inject
    EntityManager em;

    public static Fair find(long id) {
        return Fair.<Fair>findByIdOptional(id).orElseThrow(() -> Problems.notFound("fair", id));
    }

    /** Every fair, the newest edition first, as a query the caller pages. */
    public PanacheQuery<Fair> list() {
        return Fair.findAll(Sort.descending("edition"));
    }

    /** The fair's milestone targets (134号 二 for the 18th), by due date. */
    public List<MilestoneTarget> milestones(long fairId) {
        return MilestoneTarget.list("fair.id = ?1 order by dueDate", fairId);
    }

    /** The headline figures entered for the fair's notice, in the order entered. */
    public List<NoticeFigure> headlineFigures(long fairId) {
        return NoticeFigure.list("fair.id = ?1 order by id", fairId);
    }

    @Transactional
    public Fair create(FairCreate body) {
        if (Fair.count("edition", body.edition()) > 0) {
            throw Problems.conflict(Detail.of("pt.fair.edition-exists", "fair edition {0} exists already", body.edition()));
        }
        String reportingFrom = body.reportingFrom() != null ? body.reportingFrom()
                : body.heldFrom() != null ? YearMonth.from(body.heldFrom()).toString() : null;
        if (reportingFrom == null) {
            throw Problems.badRequest("heldFrom", Detail.of("pt.fair.held-from-required", "give heldFrom (or "
                    + "reportingFrom): the projects of a fair owe a monthly report from the fair's month on (134号 五)"));
        }
        Fair f = new Fair();
        f.reportingFrom = reportingFrom;
        f.edition = body.edition();
        f.name = body.name();
        f.heldFrom = body.heldFrom();
        f.heldTo = body.heldTo();
        f.notice = body.notice();
        f.persist();
        return f;
    }

    /** Send the version you read: a stale one is 409. closedAfter ends the months its projects owe. */
    @Transactional
    public Fair update(long id, FairUpdate body) {
        Fair f = find(id);
        if (f.version != body.version()) {
            throw Problems.staleVersion("fair " + id, body.version(), f.version);
        }
        if (body.closedAfter() != null && body.closedAfter().compareTo(body.reportingFrom()) < 0) {
            throw Problems.unprocessable("closedAfter", Detail.of("pt.fair.closed-before-reporting",
                    "closedAfter {0} is before reportingFrom {1}", body.closedAfter(), body.reportingFrom()));
        }
        if (body.heldFrom() != null && body.heldTo() != null && body.heldTo().isBefore(body.heldFrom())) {
            throw Problems.unprocessable("heldTo", Detail.of("pt.fair.held-to-before-from",
                    "heldTo {0} is before heldFrom {1}", body.heldTo(), body.heldFrom()));
        }
        f.name = body.name();
        f.heldFrom = body.heldFrom();
        f.heldTo = body.heldTo();
        f.notice = body.notice();
        f.reportingFrom = body.reportingFrom();
        f.closedAfter = body.closedAfter();
        Fair.flush();
        return f;
    }

    /**
     * Replaces the targets: one on a date that stays is updated in place, the others are added or removed; every
     * change is audited. The set's version is the fair's, raised here so that a stale read cannot overwrite it.
     */
    @Transactional
    public void setMilestones(long id, MilestoneSet body) {
        Fair fair = find(id);
        if (fair.version != body.version()) {
            throw Problems.staleVersion("the milestone targets of fair " + id, body.version(), fair.version);
        }
        List<MilestoneInput> targets = body.targets();
        if (targets.stream().map(MilestoneInput::dueDate).distinct().count() != targets.size()) {
            throw Problems.badRequest("dueDate", Detail.of("pt.milestones.same-date", "two targets on the same date"));
        }
        Map<LocalDate, MilestoneTarget> existing = new LinkedHashMap<>();
        MilestoneTarget.<MilestoneTarget>list("fair.id", id).forEach(m -> existing.put(m.dueDate, m));
        for (MilestoneInput t : targets) {
            MilestoneTarget m = existing.remove(t.dueDate());
            if (m == null) {
                m = new MilestoneTarget();
                m.fair = fair;
                m.dueDate = t.dueDate();
            }
            m.contractFulfilmentRate = t.contractFulfilmentRate();
            m.constructionStartRate = t.constructionStartRate();
            m.fundsInPlaceRate = t.fundsInPlaceRate();
            m.source = t.source();
            m.persist();
        }
        existing.values().forEach(MilestoneTarget::delete);
        em.lock(fair, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    /**
     * Replaces the headline figures of the fair's notice, each with its text and source; a scoped figure (REGIONS_*,
     * PARKS_*) names the 市州 or parks it covers, a whole-table one names none.
     */
    @Transactional
    public void setHeadlineFigures(long id, HeadlineFigureSet body) {
        Fair fair = find(id);
        if (fair.version != body.version()) {
            throw Problems.staleVersion("the headline figures of fair " + id, body.version(), fair.version);
        }
        if (body.figures().stream().map(HeadlineFigureInput::key).distinct().count() != body.figures().size()) {
            throw Problems.badRequest("key", Detail.of("pt.figures.same-key", "two figures with the same key"));
        }
        for (HeadlineFigureInput f : body.figures()) {
            boolean scoped = f.measure() != NoticeFigure.Measure.PROJECT_COUNT
                    && f.measure() != NoticeFigure.Measure.TOTAL_INVESTMENT;
            if (scoped == f.scope().isEmpty()) {
                throw Problems.badRequest("scope", scoped
                        ? Detail.of("pt.figures.scope-needed", "{0}: name the 市州 or parks it covers", f.key())
                        : Detail.of("pt.figures.scope-whole", "{0}: a {1} figure covers the whole table, scope must be"
                                + " empty", f.key(), f.measure()));
            }
        }
        Map<String, NoticeFigure> existing = new LinkedHashMap<>();
        NoticeFigure.<NoticeFigure>list("fair.id", id).forEach(f -> existing.put(f.key, f));
        for (HeadlineFigureInput in : body.figures()) {
            NoticeFigure f = existing.remove(in.key());
            if (f == null) {
                f = new NoticeFigure();
                f.fair = fair;
                f.key = in.key();
            }
            f.measure = in.measure();
            f.scope = new ArrayList<>(in.scope());
            f.comparison = in.comparison();
            f.stated = in.stated();
            f.noticeText = in.noticeText();
            f.source = in.source();
            f.persist();
        }
        existing.values().forEach(NoticeFigure::delete);
        em.lock(fair, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
    }
}
