package gov.qinghai.followup.transparency.service;

import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.transparency.domain.Assessment;
import gov.qinghai.followup.transparency.domain.AssessmentRound;
import gov.qinghai.followup.transparency.domain.AssessmentSubject;
import gov.qinghai.followup.transparency.domain.CalendarDay;
import gov.qinghai.followup.transparency.domain.CalendarYear;
import gov.qinghai.followup.transparency.domain.CatalogueItem;
import gov.qinghai.followup.transparency.domain.DisclosureRecord;
import gov.qinghai.followup.transparency.domain.GradeBand;
import gov.qinghai.followup.transparency.domain.PilotUnit;
import gov.qinghai.followup.transparency.domain.Rectification;
import gov.qinghai.followup.transparency.domain.Reminder;
import gov.qinghai.followup.transparency.domain.RoutineRecord;
import gov.qinghai.followup.transparency.domain.Scheme;
import gov.qinghai.followup.transparency.domain.SubjectKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Named finders for what the resources list and read: each filter and sort order of a paged list is a query here,
 * so a resource only maps parameters and views (it touches no entity's queries).
 */
@ApplicationScoped
public class Listings {

    public PanacheQuery<AssessmentRound> roundsNewestFirst() {
        return AssessmentRound.findAll(Sort.descending("year"));
    }

    /** A round's assessments, ranked within each ranking group (unranked ones last, by id). */
    public PanacheQuery<Assessment> assessmentsOfRound(long roundId) {
        return Assessment.find("roundId", Sort.by("rankingGroup").and("ranking").and("id"), roundId);
    }

    public AssessmentRound round(long id) {
        return AssessmentRound.findById(id);
    }

    public AssessmentSubject subject(long id) {
        return AssessmentSubject.findById(id);
    }

    /** Names of these subjects by id, in one query. */
    public Map<Long, String> subjectNames(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : AssessmentSubject.<AssessmentSubject>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, s -> s.name));
    }

    public PanacheQuery<AssessmentSubject> subjects(SubjectKind kind, Boolean active) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (kind != null) {
            where.append(" and kind = :kind");
            p.and("kind", kind);
        }
        if (active != null) {
            where.append(" and active = :active");
            p.and("active", active);
        }
        return AssessmentSubject.find(where.toString(), Sort.by("id"), p.map());
    }

    /** Calendar days in date order, of one year or all. */
    public PanacheQuery<CalendarDay> calendarDays(Integer year) {
        return year == null ? CalendarDay.findAll(Sort.by("day"))
                : CalendarDay.find("year(day) = ?1", Sort.by("day"), year);
    }

    public PanacheQuery<CalendarYear> calendarYears() {
        return CalendarYear.findAll(Sort.by("year"));
    }

    /** Disclosure records by deadline; {@code open} true = not yet published, false = published. */
    public PanacheQuery<DisclosureRecord> disclosures(Long subjectId, Boolean open) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (subjectId != null) {
            q.append(" and subjectId = :s");
            p.and("s", subjectId);
        }
        if (open != null) {
            q.append(open ? " and publishedOn is null" : " and publishedOn is not null");
        }
        return DisclosureRecord.find(q.toString(), Sort.by("deadline").and("id"), p.map());
    }

    public DisclosureRecord disclosure(long id) {
        return DisclosureRecord.<DisclosureRecord>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("disclosure", id));
    }

    public PanacheQuery<GradeBand> gradeBands() {
        return GradeBand.findAll(Sort.by("sortOrder"));
    }

    public PanacheQuery<PilotUnit> pilotUnits() {
        return PilotUnit.findAll(Sort.by("seq"));
    }

    public CatalogueItem catalogueItem(long id) {
        return CatalogueItem.<CatalogueItem>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("catalogue item", id));
    }

    /** Reminders, newest period first. */
    public PanacheQuery<Reminder> reminders(String unit, String job, String period) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (unit != null) {
            q.append(" and unit = :unit");
            p.and("unit", unit);
        }
        if (job != null) {
            q.append(" and job = :job");
            p.and("job", job);
        }
        if (period != null) {
            q.append(" and period = :period");
            p.and("period", period);
        }
        return Reminder.find(q.toString(), Sort.descending("period").and("id"), p.map());
    }

    /** Routine records, newest first; removed ones only when asked. */
    public PanacheQuery<RoutineRecord> routineRecords(Long subjectId, Integer year, boolean includeRemoved) {
        StringBuilder q = new StringBuilder(includeRemoved ? "1 = 1" : "removedAt is null");
        Parameters p = new Parameters();
        if (subjectId != null) {
            q.append(" and subjectId = :s");
            p.and("s", subjectId);
        }
        if (year != null) {
            q.append(" and year = :y");
            p.and("y", year);
        }
        return RoutineRecord.find(q.toString(), Sort.descending("recordedOn", "id"), p.map());
    }

    /** Rectifications by deadline; {@code overdue} is judged as of {@code on}. */
    public PanacheQuery<Rectification> rectifications(Long subjectId, String status, Boolean overdue, LocalDate on) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (subjectId != null) {
            q.append(" and subjectId = :s");
            p.and("s", subjectId);
        }
        if (status != null) {
            q.append(" and status = :st");
            p.and("st", status);
        }
        if (overdue != null) {
            q.append(overdue ? " and status <> 'DONE' and deadline < :on" : " and (status = 'DONE' or deadline >= :on)");
            p.and("on", on);
        }
        return Rectification.find(q.toString(), Sort.by("deadline").and("id"), p.map());
    }

    public Rectification rectification(long id) {
        return Rectification.<Rectification>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("rectification", id));
    }

    /** Schemes, newest year and revision first, of one year or all. */
    public PanacheQuery<Scheme> schemes(Integer year) {
        Sort sort = Sort.descending("year", "revision");
        return year == null ? Scheme.findAll(sort) : Scheme.find("year", sort, year);
    }
}
