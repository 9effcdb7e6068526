package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.medical.domain.Alliance;
import gov.qinghai.followup.medical.domain.AllianceMember;
import gov.qinghai.followup.medical.domain.AllianceShape;
import gov.qinghai.followup.medical.domain.County;
import gov.qinghai.followup.medical.domain.Institution;
import gov.qinghai.followup.medical.domain.MemberRole;
import gov.qinghai.followup.medical.domain.Prefecture;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.medical.domain.Effectiveness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** Alliances and their members; a lead institution's reporter may keep its own alliance's charter and members. */
@ApplicationScoped
public class AllianceService {
    @Inject
    java.time.Clock clock;
    @Inject
    CurrentUser user;

    @Transactional
    public Alliance create(AllianceInput in) {
        if (Alliance.count("name", in.name().strip()) > 0) {
            throw Problems.conflict(Detail.of("med.alliance.name-exists", "an alliance named '{0}' already exists",
                    in.name().strip()));
        }
        Alliance a = new Alliance();
        apply(a, in);
        a.leadBasis = "registered";
        a.persist();
        if (a.leadInstitutionId != null) {
            AllianceMember lead = new AllianceMember();
            lead.allianceId = a.id;
            lead.institutionId = a.leadInstitutionId;
            lead.role = MemberRole.LEAD;
            lead.joinedOn = a.establishedOn;
            lead.persist();
        }
        return a;
    }

    @Transactional
    public Alliance update(long id, AllianceInput in) {
        Alliance a = find(id);
        requireLeadOrSupervisor(a);
        checkVersion("alliance " + id, in.version(), a.version);
        if (!overseer()) {
            AllianceFields.firstGovernedChange(a, in).ifPresent(field -> {
                throw AllianceFields.forbidden(field);
            });
        }
        Long oldLead = a.leadInstitutionId;
        apply(a, in);
        Effectiveness.checkEstablishment(a.establishedOn, a.effectiveSince).ifPresent(v -> {
            throw Problems.unprocessable(v.field(), v.detail());
        });
        if (!java.util.Objects.equals(oldLead, a.leadInstitutionId)) {
            moveLead(a, oldLead);
        }
        Alliance.flush();
        return a;
    }

    @Transactional
    public Alliance assess(long id, AssessmentInput in) {
        Alliance a = find(id);
        checkVersion("alliance " + id, in.version(), a.version);
        Effectiveness.check(in.effectiveSince(), a.status, a.establishedOn, Charter.of(a).missing()).ifPresent(v -> {
            throw Problems.unprocessable(v.field(), v.detail());
        });
        a.effectiveSince = in.effectiveSince();
        Alliance.flush();
        return a;
    }

    @Transactional
    public AllianceMember addMember(long allianceId, MemberInput in) {
        Alliance a = find(allianceId);
        requireLeadOrSupervisor(a);
        Institution member = InstitutionService.findForField(in.institutionId(), "institutionId");
        if (!overseer() && in.role() == MemberRole.LEAD) {
            throw AllianceFields.forbidden("role");
        }
        AllianceShape.checkMember(a.kind, a.countyId, member).ifPresent(v -> {
            throw Problems.unprocessable(v.field(), v.detail());
        });
        checkPeriod(in);
        boolean overlapping = AllianceMember.<AllianceMember>list("allianceId = ?1 and institutionId = ?2",
                allianceId, in.institutionId()).stream().anyMatch(m -> m.overlaps(in.joinedOn(), in.leftOn()));
        if (overlapping) {
            throw Problems.conflict(Detail.of("med.alliance.already-member",
                    "institution {0} is already a member of alliance {1} in that period", in.institutionId(),
                    allianceId));
        }
        AllianceMember m = new AllianceMember();
        m.allianceId = allianceId;
        m.institutionId = in.institutionId();
        m.role = in.role();
        m.joinedOn = in.joinedOn();
        m.leftOn = in.leftOn();
        m.persist();
        return m;
    }

    @Transactional
    public AllianceMember updateMember(long allianceId, long memberId, MemberInput in) {
        Alliance a = find(allianceId);
        requireLeadOrSupervisor(a);
        AllianceMember m = AllianceMember.<AllianceMember>findByIdOptional(memberId)
                .filter(x -> x.allianceId == allianceId)
                .orElseThrow(() -> Problems.notFound("member", memberId));
        checkVersion("member " + memberId, in.version(), m.version);
        // The LEAD membership follows leadInstitutionId, which only supervisors and admins set.
        if (!overseer() && (m.role == MemberRole.LEAD || in.role() == MemberRole.LEAD)) {
            throw AllianceFields.forbidden("role");
        }
        if (!m.institutionId.equals(in.institutionId())) {
            throw Problems.unprocessable("institutionId", Detail.of("med.member.institution-fixed",
                    "a membership cannot move to another institution; end it and add a new one"));
        }
        checkPeriod(in);
        m.role = in.role();
        m.joinedOn = in.joinedOn();
        m.leftOn = in.leftOn();
        AllianceMember.flush();
        return m;
    }

    public static Alliance find(long id) {
        return Alliance.<Alliance>findByIdOptional(id).orElseThrow(() -> Problems.notFound("alliance", id));
    }

    private boolean overseer() {
        return user.has(Roles.ADMIN) || user.has(Roles.SUPERVISOR);
    }

    /**
     * A new lead: the old lead's open LEAD membership becomes an ordinary membership (it stays in the alliance), and
     * the new lead's open membership becomes LEAD, or the new lead joins as LEAD today. So an alliance always has
     * exactly its lead as LEAD member.
     */
    private void moveLead(Alliance a, Long oldLead) {
        for (AllianceMember m : AllianceMember.<AllianceMember>list("allianceId = ?1 and role = ?2 and leftOn is null",
                a.id, MemberRole.LEAD)) {
            if (!m.institutionId.equals(a.leadInstitutionId)) {
                m.role = MemberRole.MEMBER;
            }
        }
        if (a.leadInstitutionId == null) {
            return;
        }
        AllianceMember current = AllianceMember.<AllianceMember>find("allianceId = ?1 and institutionId = ?2 "
                + "and leftOn is null", a.id, a.leadInstitutionId).firstResult();
        if (current != null) {
            current.role = MemberRole.LEAD;
            return;
        }
        AllianceMember lead = new AllianceMember();
        lead.allianceId = a.id;
        lead.institutionId = a.leadInstitutionId;
        lead.role = MemberRole.LEAD;
        lead.joinedOn = oldLead == null ? a.establishedOn : LocalDate.now(clock);
        lead.persist();
    }

    private void requireLeadOrSupervisor(Alliance a) {
        Institution lead = a.leadInstitutionId == null ? null : Institution.findById(a.leadInstitutionId);
        user.requireUnit(lead == null ? "省卫生计生委" : lead.name);
    }

    private static void checkVersion(String what, Long sent, long current) {
        if (sent == null) {
            throw Problems.badRequest("version", Detail.of("med.version.required", "version is required on update"));
        }
        if (sent != current) {
            throw Problems.staleVersion(what, sent, current);
        }
    }

    private static void checkPeriod(MemberInput in) {
        if (in.joinedOn() != null && in.leftOn() != null && in.leftOn().isBefore(in.joinedOn())) {
            throw Problems.unprocessable("leftOn", Detail.of("med.member.left-before-joined",
                    "leftOn {0} is before joinedOn {1}", in.leftOn(), in.joinedOn()));
        }
    }

    private static void apply(Alliance a, AllianceInput in) {
        Institution lead = in.leadInstitutionId() == null ? null
                : InstitutionService.findForField(in.leadInstitutionId(), "leadInstitutionId");
        Long prefectureId = in.prefectureId();
        if (in.countyId() != null) {
            County c = County.<County>findByIdOptional(in.countyId())
                    .orElseThrow(() -> Problems.unprocessable("countyId", Detail.of("med.county.unknown",
                            "county {0} does not exist", in.countyId())));
            if (prefectureId != null && !prefectureId.equals(c.prefectureId)) {
                throw Problems.unprocessable("countyId", Detail.of("med.county.other-prefecture",
                        "county {0} is not in 市州 {1}", c.name, prefectureId));
            }
            prefectureId = c.prefectureId;
        }
        if (prefectureId != null && Prefecture.findById(prefectureId) == null) {
            throw Problems.unprocessable("prefectureId", Detail.of("med.prefecture.unknown", "市州 {0} does not exist",
                    prefectureId));
        }
        AllianceShape.check(in.kind(), lead, prefectureId, in.countyId(), in.countyPilot()).or(() ->
                AllianceShape.checkLeadCounty(in.kind(), lead, in.countyId())).ifPresent(v -> {
            throw Problems.unprocessable(v.field(), v.detail());
        });
        PatientAccess.requireNoNationalId("name", in.name());
        PatientAccess.requireNoNationalId("specialty", in.specialty());
        if (in.charter() != null) {
            Charter ch = in.charter();
            PatientAccess.requireNoNationalId("charter.nature", ch.nature());
            PatientAccess.requireNoNationalId("charter.purpose", ch.purpose());
            PatientAccess.requireNoNationalId("charter.tasks", ch.tasks());
            PatientAccess.requireNoNationalId("charter.members", ch.members());
            PatientAccess.requireNoNationalId("charter.governance", ch.governance());
            PatientAccess.requireNoNationalId("charter.responsibilities", ch.responsibilities());
            PatientAccess.requireNoNationalId("charter.rules", ch.rules());
        }
        a.name = in.name().strip();
        a.kind = in.kind();
        a.specialty = in.specialty();
        a.leadInstitutionId = in.leadInstitutionId();
        a.prefectureId = prefectureId;
        a.countyId = in.countyId();
        a.status = in.status();
        a.establishedOn = in.establishedOn();
        a.countyPilot = in.countyPilot();
        Charter c = in.charter() == null ? new Charter(null, null, null, null, null, null, null) : in.charter();
        a.charterNature = c.nature();
        a.charterPurpose = c.purpose();
        a.charterTasks = c.tasks();
        a.charterMembers = c.members();
        a.charterGovernance = c.governance();
        a.charterResponsibilities = c.responsibilities();
        a.charterRules = c.rules();
    }
}
