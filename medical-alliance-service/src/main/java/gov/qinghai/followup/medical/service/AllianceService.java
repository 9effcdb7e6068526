package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.medical.api.AllianceInput;
import gov.qinghai.followup.medical.api.AssessmentInput;
import gov.qinghai.followup.medical.api.Charter;
import gov.qinghai.followup.medical.api.MemberInput;
import gov.qinghai.followup.medical.domain.Alliance;
import gov.qinghai.followup.medical.domain.AllianceMember;
import gov.qinghai.followup.medical.domain.AllianceShape;
import gov.qinghai.followup.medical.domain.County;
import gov.qinghai.followup.medical.domain.Institution;
import gov.qinghai.followup.medical.domain.MemberRole;
import gov.qinghai.followup.medical.domain.Prefecture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Alliances and their members; a lead institution's reporter may keep its own alliance's charter and members. */
@ApplicationScoped
public class AllianceService {
    @Inject
    CurrentUser user;

    @Transactional
    public Alliance create(AllianceInput in) {
        if (Alliance.count("name", in.name().strip()) > 0) {
            throw Problems.conflict("an alliance named '" + in.name().strip() + "' already exists");
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
        apply(a, in);
        Alliance.flush();
        return a;
    }

    @Transactional
    public Alliance assess(long id, AssessmentInput in) {
        Alliance a = find(id);
        checkVersion("alliance " + id, in.version(), a.version);
        if (in.effectiveSince() != null && a.status != gov.qinghai.followup.medical.domain.AllianceStatus.ESTABLISHED) {
            throw Problems.unprocessable("effectiveSince", "a PLANNED alliance cannot be assessed as effective");
        }
        a.effectiveSince = in.effectiveSince();
        Alliance.flush();
        return a;
    }

    @Transactional
    public AllianceMember addMember(long allianceId, MemberInput in) {
        Alliance a = find(allianceId);
        requireLeadOrSupervisor(a);
        InstitutionService.findForField(in.institutionId(), "institutionId");
        checkPeriod(in);
        boolean overlapping = AllianceMember.<AllianceMember>list("allianceId = ?1 and institutionId = ?2",
                allianceId, in.institutionId()).stream().anyMatch(m -> m.overlaps(in.joinedOn(), in.leftOn()));
        if (overlapping) {
            throw Problems.conflict("institution " + in.institutionId() + " is already a member of alliance "
                    + allianceId + " in that period");
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
        if (!m.institutionId.equals(in.institutionId())) {
            throw Problems.unprocessable("institutionId", "a membership cannot move to another institution; end it "
                    + "and add a new one");
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

    private void requireLeadOrSupervisor(Alliance a) {
        Institution lead = a.leadInstitutionId == null ? null : Institution.findById(a.leadInstitutionId);
        user.requireUnit(lead == null ? "省卫生计生委" : lead.name);
    }

    private static void checkVersion(String what, Long sent, long current) {
        if (sent == null) {
            throw Problems.badRequest("version", "version is required on update");
        }
        if (sent != current) {
            throw Problems.staleVersion(what, sent, current);
        }
    }

    private static void checkPeriod(MemberInput in) {
        if (in.joinedOn() != null && in.leftOn() != null && in.leftOn().isBefore(in.joinedOn())) {
            throw Problems.unprocessable("leftOn", "leftOn " + in.leftOn() + " is before joinedOn " + in.joinedOn());
        }
    }

    private static void apply(Alliance a, AllianceInput in) {
        Institution lead = in.leadInstitutionId() == null ? null
                : InstitutionService.findForField(in.leadInstitutionId(), "leadInstitutionId");
        Long prefectureId = in.prefectureId();
        if (in.countyId() != null) {
            County c = County.<County>findByIdOptional(in.countyId())
                    .orElseThrow(() -> Problems.unprocessable("countyId", "county " + in.countyId() + " does not exist"));
            if (prefectureId != null && !prefectureId.equals(c.prefectureId)) {
                throw Problems.unprocessable("countyId", "county " + c.name + " is not in 市州 " + prefectureId);
            }
            prefectureId = c.prefectureId;
        }
        if (prefectureId != null && Prefecture.findById(prefectureId) == null) {
            throw Problems.unprocessable("prefectureId", "市州 " + prefectureId + " does not exist");
        }
        AllianceShape.check(in.kind(), lead, prefectureId, in.countyId(), in.countyPilot()).ifPresent(v -> {
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
