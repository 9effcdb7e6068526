package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.medical.domain.Institution;
import gov.qinghai.followup.medical.domain.LongPrescription;
import gov.qinghai.followup.medical.domain.LongPrescriptionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Records 长处方 (140号 三(二)3: 对病情稳定的慢性病签约患者 … 长处方, at most 2 months). An institution's reporter records
 * only its own institution's prescriptions: checked here, not only in the resource.
 */
@ApplicationScoped
public class LongPrescriptionService {
    @Inject
    CurrentUser user;
    @Inject
    PatientRefs patientRefs;
    @Inject
    jakarta.persistence.EntityManager em;
    @Inject
    gov.qinghai.followup.common.events.Events events;

    @Transactional
    public LongPrescription create(LongPrescriptionInput in) {
        Institution i = InstitutionService.findForField(in.institutionId(), "institutionId");
        user.requireUnit(i.name);
        if (!in.contracted() || !in.stableChronic()) {
            throw Problems.unprocessable(in.contracted() ? "stableChronic" : "contracted", Detail.of(
                    "med.long-prescription.eligible", "长处方 is only for 病情稳定的慢性病签约患者 (140号 三(二)3)"));
        }
        PatientAccess.requireNoNationalId("condition", in.condition());
        LongPrescriptionRule.violation(in.startDate(), in.days()).ifPresent(v -> {
            throw Problems.unprocessable("days", v);
        });
        String patientRef = patientRefs.of(in.nationalId(), "nationalId");
        String condition = in.condition().strip();
        // One patient and condition at a time, so two concurrent prescriptions cannot both pass the combined limit.
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) x")
                .setParameter(1, "long-prescription:" + patientRef + ":" + condition).getSingleResult();
        List<LongPrescriptionRule.Held> held = LongPrescription.<LongPrescription>list("patientRef = ?1 and condition = ?2 "
                        + "and lastDay >= ?3", patientRef, condition, in.startDate()).stream()
                .map(x -> new LongPrescriptionRule.Held(x.startDate, x.lastDay)).toList();
        LongPrescriptionRule.combinedViolation(in.startDate(), in.days(), held).ifPresent(v -> {
            throw Problems.unprocessable("days", v);
        });
        LongPrescription p = new LongPrescription();
        p.institutionId = i.id;
        p.patientRef = patientRef;
        p.condition = condition;
        p.startDate = in.startDate();
        p.days = in.days();
        p.lastDay = LongPrescriptionRule.lastDay(in.startDate(), in.days());
        p.prescribedBy = user.name();
        p.persist();
        // the event names the institution and the dates, never the patient or the condition
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("prescriptionId", p.id);
        data.put("institution", EventFacts.institution(i));
        data.put("startDate", p.startDate.toString());
        data.put("days", p.days);
        data.put("lastDay", p.lastDay.toString());
        events.publish("long-prescription.issued", "long-prescriptions/" + p.id, data,
                gov.qinghai.followup.common.events.Events.Scope.of(i.name, EventFacts.prefecture(i)));
        return p;
    }
}
