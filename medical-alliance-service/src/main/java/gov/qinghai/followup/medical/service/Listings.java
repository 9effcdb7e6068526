package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.input.LikePattern;
import java.util.List;
import java.time.LocalDate;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.medical.domain.Prefecture;
import gov.qinghai.followup.medical.domain.County;
import gov.qinghai.followup.medical.domain.AllianceStatus;
import gov.qinghai.followup.medical.domain.AllianceMember;
import gov.qinghai.followup.medical.domain.AllianceKind;
import gov.qinghai.followup.medical.domain.Alliance;
import gov.qinghai.followup.medical.domain.FamilyDoctorFigure;
import gov.qinghai.followup.medical.domain.Institution;
import gov.qinghai.followup.medical.domain.InstitutionKind;
import gov.qinghai.followup.medical.domain.Level;
import gov.qinghai.followup.medical.domain.LongPrescription;
import gov.qinghai.followup.medical.domain.Ownership;
import gov.qinghai.followup.medical.domain.Referral;
import gov.qinghai.followup.medical.domain.ReferralStatus;
import gov.qinghai.followup.medical.domain.Reminder;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;

/**
 * The filtered lists the resources page through: each builds its query from the filters given (null = no filter),
 * so resources stay thin and never query the entities themselves. Reads only: no transaction.
 */
@ApplicationScoped
public class Listings {

    /** Filters joined with "and"; an absent filter adds nothing. */
    private static final class Filter {
        final StringBuilder q = new StringBuilder("1 = 1");
        final Parameters p = new Parameters();

        Filter and(String clause, String name, Object value) {
            if (value != null) {
                q.append(" and ").append(clause);
                p.and(name, value);
            }
            return this;
        }
    }

    public PanacheQuery<Reminder> reminders(String unit, String kind, String period) {
        Filter f = new Filter().and("unit = :unit", "unit", unit).and("kind = :kind", "kind", kind)
                .and("period = :period", "period", period);
        return Reminder.find(f.q.toString(), Sort.by("id"), f.p.map());
    }

    /** own: the reporter's institution (its own rows only), null for supervisors and admins. */
    public PanacheQuery<LongPrescription> prescriptions(Long own, Long institutionId, String patientRef) {
        Filter f = new Filter().and("institutionId = :own", "own", own)
                .and("patientRef = :patientRef", "patientRef", patientRef)
                .and("institutionId = :institutionId", "institutionId", institutionId);
        return LongPrescription.find(f.q.toString(), Sort.by("id"), f.p.map());
    }

    public PanacheQuery<FamilyDoctorFigure> figures(Long prefectureId, Integer year) {
        Filter f = new Filter().and("prefectureId = :pid", "pid", prefectureId)
                .and("period like :year", "year", year == null ? null : year + "-%");
        return FamilyDoctorFigure.find(f.q.toString(), Sort.by("period").and("prefectureId"), f.p.map());
    }

    public PanacheQuery<Institution> institutions(Level level, Ownership ownership, InstitutionKind kind,
                                                  Long prefectureId, Long countyId, String name) {
        Filter f = new Filter().and("level = :level", "level", level)
                .and("ownership = :ownership", "ownership", ownership).and("kind = :kind", "kind", kind)
                .and("prefectureId = :prefectureId", "prefectureId", prefectureId)
                .and("countyId = :countyId", "countyId", countyId)
                .and("name like :name escape '!'", "name", name == null || name.isBlank() ? null
                        : LikePattern.containing(name.strip()));
        return Institution.find(f.q.toString(), Sort.by("id"), f.p.map());
    }

    /**
     * The receiving institution's queue order: clinical urgency first (FHIR stat, asap, urgent, routine), then 签约
     * (140号 三(二)3 优先接诊), then the oldest request. own: a reporter's institution (referrals from or to it only).
     */
    public PanacheQuery<Referral> referrals(Long own, Long to, Long from, ReferralStatus status, Long allianceId,
                                            String patientRef, Boolean outOfAlliance) {
        Filter f = new Filter().and("(fromInstitutionId = :own or toInstitutionId = :own)", "own", own)
                .and("toInstitutionId = :to", "to", to).and("fromInstitutionId = :from", "from", from)
                .and("status = :status", "status", status).and("allianceId = :allianceId", "allianceId", allianceId)
                .and("patientRef = :patientRef", "patientRef", patientRef)
                .and("outOfAlliance = :ooa", "ooa", outOfAlliance);
        f.q.append(" order by case urgency when 'STAT' then 0 when 'ASAP' then 1 when 'URGENT' then 2 else 3 end, "
                + "case when priority = 'PRIORITY' then 0 else 1 end, requestedAt, id");
        return Referral.find(f.q.toString(), f.p.map());
    }

    /** Names of these institutions by id, in one query (null ids ignored); static for the views' mappers. */
    public static Map<Long, String> institutionNames(Collection<Long> ids) {
        return Institution.namesOf(ids);
    }

    public PanacheQuery<Alliance> alliances(AllianceKind kind, AllianceStatus status, Long prefectureId, String name) {
        Filter f = new Filter().and("kind = :kind", "kind", kind).and("status = :status", "status", status)
                .and("prefectureId = :prefectureId", "prefectureId", prefectureId)
                .and("name like :name escape '!'", "name",
                        name == null || name.isBlank() ? null : LikePattern.containing(name.strip()));
        return Alliance.find(f.q.toString(), Sort.by("id"), f.p.map());
    }

    /** An alliance's members; with {@code on}, only those members that day. */
    public PanacheQuery<AllianceMember> members(long allianceId, LocalDate on) {
        return on == null ? AllianceMember.find("allianceId", Sort.by("id"), allianceId)
                : AllianceMember.find("allianceId = ?1 and (joinedOn is null or joinedOn <= ?2) "
                + "and (leftOn is null or leftOn >= ?2)", Sort.by("id"), allianceId, on);
    }

    public PanacheQuery<Prefecture> prefectures() {
        return Prefecture.findAll(Sort.by("id"));
    }

    public Prefecture prefecture(long id) {
        return Prefecture.<Prefecture>findByIdOptional(id).orElseThrow(() -> Problems.notFound("prefecture", id));
    }

    /** The institution's name, null when {@code id} is null. */
    public static String institutionName(Long id) {
        if (id == null) {
            return null;
        }
        Institution i = Institution.findById(id);
        return i == null ? null : i.name;
    }

    /** The counties of these 市州 in id order, in one query. */
    public static List<County> countiesOf(List<Long> prefectureIds) {
        return prefectureIds.isEmpty() ? List.of() : County.list("prefectureId in ?1 order by id", prefectureIds);
    }
}
