package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.medical.domain.FreeText;
import gov.qinghai.followup.medical.domain.Institution;
import gov.qinghai.followup.medical.domain.LongPrescription;
import gov.qinghai.followup.medical.domain.Referral;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may see patient-level rows (a referral, a 长处方, a patient reference). The patient data 140号 三(二)3–4 moves
 * between institutions is health data: only the institutions involved in a record (referring, receiving,
 * prescribing) see it, through a reporter whose {@code unit} is that institution, and supervisors and admins who
 * oversee every institution. A viewer sees aggregates only (statistics, coverage), never a row naming a patient.
 */
@RequestScoped
public class PatientAccess {
    @Inject
    CurrentUser user;

    /** True for admins and supervisors, who see every institution's patient rows. */
    public boolean seesEveryInstitution() {
        return user.has(Roles.ADMIN) || user.has(Roles.SUPERVISOR);
    }

    /**
     * The institution whose patient rows the caller may see: empty for admins and supervisors (all of them); the
     * reporter's own institution otherwise. Anyone else (a viewer) is refused: 403.
     */
    public Optional<Long> ownInstitution() {
        if (seesEveryInstitution()) {
            return Optional.empty();
        }
        if (!user.has(Roles.REPORTER)) {
            throw Problems.forbidden(Detail.of("med.patient.rows-viewer", "patient-level rows are for the institutions "
                    + "involved, supervisors and admins; viewers see the aggregates (/api/v1/referrals/statistics, "
                    + "/api/v1/coverage/…)"));
        }
        String unit = user.unit().orElseThrow(() -> Problems.forbidden(Detail.of("detail.forbidden.no-unit-claim",
                "token has no '{0}' claim", Roles.UNIT_CLAIM)));
        Institution own = Institution.byName(unit).orElseThrow(() -> Problems.forbidden(Detail.of(
                "med.patient.unit-not-institution",
                "unit '{0}' is not a registered institution, so it is involved in no patient's care", unit)));
        return Optional.of(own.id);
    }

    /** Refuses (422 naming the field) free text that carries something shaped like a national ID. */
    public static void requireNoNationalId(String field, String text) {
        FreeText.violation(field, text).ifPresent(v -> {
            throw Problems.unprocessable(field, v);
        });
    }

    /**
     * Whether the caller's institution already has this patient (a referral from or to it, a 长处方 it wrote):
     * only then may its reporter turn the ID into the reference that lists the patient's rows.
     */
    public void requireKnownPatient(String patientRef) {
        Optional<Long> own = ownInstitution();
        if (own.isEmpty()) {
            return;
        }
        long known = Referral.count("patientRef = ?1 and (fromInstitutionId = ?2 or toInstitutionId = ?2)", patientRef,
                own.get()) + LongPrescription.count("patientRef = ?1 and institutionId = ?2", patientRef, own.get());
        if (known == 0) {
            // Same answer whether or not the patient is known elsewhere: nothing leaks about other institutions.
            throw Problems.forbidden(Detail.of("med.patient.not-own-patient", "unit '{0}' has no referral or long "
                    + "prescription of this patient; it may look up only its own patients (send the ID with a new "
                    + "referral instead)", user.unit().orElse("")));
        }
    }

    /** Refuses (403) unless the caller sees every institution or is one of the referral's {@code involved}. */
    public void requireInvolvedInReferral(long referralId, Long... involved) {
        Optional<Long> own = ownInstitution();
        if (own.isEmpty()) {
            return;
        }
        for (Long i : involved) {
            if (own.get().equals(i)) {
                return;
            }
        }
        throw Problems.forbidden(Detail.of("med.patient.not-involved", "unit '{0}' is not involved in referral {1}",
                user.unit().orElse(""), referralId));
    }
}
