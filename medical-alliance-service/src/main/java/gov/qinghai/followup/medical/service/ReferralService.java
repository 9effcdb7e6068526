package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.problem.Detail;
import java.time.Clock;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.medical.domain.Icd10;
import gov.qinghai.followup.medical.domain.Institution;
import gov.qinghai.followup.medical.domain.NoticeDocument;
import gov.qinghai.followup.medical.domain.Urgency;
import gov.qinghai.followup.medical.domain.Referral;
import gov.qinghai.followup.medical.domain.ReferralAction;
import gov.qinghai.followup.medical.domain.ReferralLifecycle;
import gov.qinghai.followup.medical.domain.ReferralStatus;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Requests referrals and moves them through {@link ReferralLifecycle}; each side acts only for its own unit. */
@ApplicationScoped
public class ReferralService {
    @Inject
    Clock clock;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    @Inject
    CurrentUser user;
    @Inject
    PatientRefs patientRefs;
    @Inject
    EntityManager em;
    @Inject
    ReferralNotices notices;
    @Inject
    gov.qinghai.followup.common.events.Events events;

    @Transactional
    public Referral request(ReferralRequest in) {
        Institution from = InstitutionService.findForField(in.fromInstitutionId(), "fromInstitutionId");
        Institution to = InstitutionService.findForField(in.toInstitutionId(), "toInstitutionId");
        user.requireUnit(from.name);
        if (from.id.equals(to.id)) {
            throw Problems.unprocessable("toInstitutionId", Detail.of("med.referral.same-institution",
                    "a referral goes to another institution"));
        }
        // 上转 goes to a higher-grade institution, 下转 to a lower one (140号 三(二)4 分级诊疗).
        boolean up = to.level.rank > from.level.rank;
        boolean down = to.level.rank < from.level.rank;
        if ((in.direction() == Referral.Direction.UP && !up) || (in.direction() == Referral.Direction.DOWN && !down)) {
            throw Problems.unprocessable("direction", Detail.of("med.referral.direction",
                    "{0} does not fit: {1} is {2}, "
                    + "{3} is {4}", in.direction(), from.name, from.level, to.name, to.level));
        }
        if (in.direction() == Referral.Direction.DOWN && blank(in.dischargeSummaryRef())) {
            throw Problems.unprocessable("dischargeSummaryRef", Detail.of("med.referral.discharge-summary",
                    "a downward "
                    + "referral carries the discharge summary reference so care continues below (140号 三(二)4)"));
        }
        PatientAccess.requireNoNationalId("reason", in.reason());
        PatientAccess.requireNoNationalId("dischargeSummaryRef", in.dischargeSummaryRef());
        Instant at = in.requestedAt() == null ? Instant.now(clock) : notInFuture(in.requestedAt(), "requestedAt");
        NoticeDocument notice = NoticeDocument.of140();
        if (at.isBefore(notice.issuedStart().toInstant())) {
            throw Problems.unprocessable("requestedAt", Detail.of("med.referral.before-notice", "a 双向转诊 of 140号 "
                    + "cannot be dated before the notice was issued ({0}, China time)", notice.issuedOn));
        }
        Referral r = new Referral();
        r.fromInstitutionId = from.id;
        r.toInstitutionId = to.id;
        r.direction = in.direction();
        r.patientRef = patientRefs.of(in.nationalId(), "nationalId");
        r.contracted = in.contracted();
        // 140号 三(二)3: 上级医院对签约患者提供优先接诊、优先检查、优先住院
        r.priority = in.contracted() ? Referral.Priority.PRIORITY : Referral.Priority.ROUTINE;
        r.urgency = in.urgency() == null ? Urgency.ROUTINE : in.urgency();
        r.reason = in.reason().strip();
        r.reasonCode = icd10(in.reasonCode());
        r.requesterPractitioner = practitioner("requesterPractitioner", in.requesterPractitioner());
        r.performerPractitioner = practitioner("performerPractitioner", in.performerPractitioner());
        r.appointmentAt = appointment(in.appointmentAt(), at, at);
        r.dischargeSummaryRef = in.dischargeSummaryRef();
        r.allianceId = sharedAlliance(from.id, to.id, in.allianceId(), LocalDate.ofInstant(at, CHINA));
        r.outOfAlliance = r.allianceId == null;
        r.status = ReferralStatus.REQUESTED;
        r.requestedAt = at;
        r.requestedBy = user.name();
        r.persist();
        notices.notify(r, "requested");
        publish(r, from, to, "referral.requested", at);
        return r;
    }

    @Transactional
    public Referral act(long id, ReferralAction action, TransitionInput in) {
        Referral r = find(id);
        Institution actor = Institution.findById(ReferralLifecycle.byReceiver(action) ? r.toInstitutionId
                : r.fromInstitutionId);
        user.requireUnit(actor.name);
        if (r.version != in.version()) {
            throw Problems.staleVersion("referral " + id, in.version(), r.version);
        }
        if (!ReferralLifecycle.permits(r.status, action)) {
            throw illegal(r, action);
        }
        PatientAccess.requireNoNationalId("reason", in.reason());
        PatientAccess.requireNoNationalId("feedback", in.feedback());
        PatientAccess.requireNoNationalId("dischargeSummaryRef", in.dischargeSummaryRef());
        Instant at = in.at() == null ? Instant.now(clock) : notInFuture(in.at(), "at");
        if (at.isBefore(r.lastStepAt())) {
            throw Problems.unprocessable("at", Detail.of("med.referral.step-order",
                    "a step cannot precede the previous one ({0})", r.lastStepAt()));
        }
        if (in.appointmentAt() != null && action != ReferralAction.ACCEPT) {
            throw Problems.unprocessable("appointmentAt", Detail.of("med.referral.appointment-on-accept",
                    "the appointment (预约) is booked when accepting"));
        }
        if (!blank(in.performerPractitioner()) && action != ReferralAction.ACCEPT && action != ReferralAction.START) {
            throw Problems.unprocessable("performerPractitioner", Detail.of("med.referral.performer-when",
                    "the receiving doctor is named when accepting or starting"));
        }
        switch (action) {
            case ACCEPT -> {
                r.acceptedAt = at;
                if (in.appointmentAt() != null) {
                    r.appointmentAt = appointment(in.appointmentAt(), r.requestedAt, at);
                }
                if (!blank(in.performerPractitioner())) {
                    r.performerPractitioner = practitioner("performerPractitioner", in.performerPractitioner());
                }
            }
            case START -> {
                r.startedAt = at;
                if (!blank(in.performerPractitioner())) {
                    r.performerPractitioner = practitioner("performerPractitioner", in.performerPractitioner());
                }
            }
            case REJECT -> {
                r.statusReason = required(in.reason(), "reason", Detail.of("med.referral.reason.reject",
                        "say why the referral is rejected"));
                r.rejectedAt = at;
            }
            case CANCEL -> {
                r.statusReason = required(in.reason(), "reason", Detail.of("med.referral.reason.cancel",
                        "say why the referral is cancelled"));
                r.cancelledAt = at;
            }
            case COMPLETE -> {
                // Closed loop: the receiving side reports back to the referring institution.
                r.feedback = required(in.feedback(), "feedback", Detail.of("med.referral.feedback",
                        "completing needs the feedback to the referring institution"));
                if (!blank(in.dischargeSummaryRef())) {
                    r.dischargeSummaryRef = in.dischargeSummaryRef();
                }
                r.completedAt = at;
            }
            case HOLD -> r.statusReason = required(in.reason(), "reason", Detail.of("med.referral.reason.hold",
                    "say why the referral is on hold"));
            case FAIL -> r.statusReason = required(in.reason(), "reason", Detail.of("med.referral.reason.fail",
                    "say why the referral failed (e.g. the patient never arrived)"));
            case VOID -> r.statusReason = required(in.reason(), "reason", Detail.of("med.referral.reason.void",
                    "say what was wrong with the referral"));
            case RESUME -> {
            }
        }
        r.statusChangedAt = at;
        r.status = action.target;
        Referral.flush();
        switch (action) {
            case ACCEPT -> notices.notify(r, "accepted");
            case REJECT -> notices.notify(r, "rejected");
            case COMPLETE -> notices.notify(r, "completed");
            default -> {
            }
        }
        switch (action) {
            case ACCEPT, REJECT, COMPLETE -> publish(r, Institution.findById(r.fromInstitutionId),
                    Institution.findById(r.toInstitutionId), "referral." + action.target.name().toLowerCase(java.util.Locale.ROOT), at);
            default -> {
            }
        }
        return r;
    }

    /**
     * The referral's event for other systems: institutions, direction, status, never the patient (events reach
     * systems and roles that may not read patient data; the institutions involved read it through the API).
     */
    private void publish(Referral r, Institution from, Institution to, String event, Instant at) {
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("referralId", r.id);
        data.put("status", r.status.name());
        data.put("direction", r.direction.name());
        data.put("fromInstitution", EventFacts.institution(from));
        data.put("toInstitution", EventFacts.institution(to));
        data.put("priority", r.priority.name());
        data.put("urgency", r.urgency.name());
        data.put("allianceId", r.allianceId);
        data.put("at", at.toString());
        events.publish(event, "referrals/" + r.id, data,
                gov.qinghai.followup.common.events.Events.Scope.of(to.name, EventFacts.prefecture(to)));
    }

    public static Referral find(long id) {
        return Referral.<Referral>findByIdOptional(id).orElseThrow(() -> Problems.notFound("referral", id));
    }

    /** The alliance both institutions belong to on the date; the most local kind first. Null = out of alliance. */
    @SuppressWarnings("unchecked")
    Long sharedAlliance(long from, long to, Long wanted, LocalDate on) {
        List<Number> ids = em.createNativeQuery("""
                select a.id from alliance a
                join alliance_member m1 on m1.alliance_id = a.id and m1.institution_id = ?1
                join alliance_member m2 on m2.alliance_id = a.id and m2.institution_id = ?2
                where a.status = 'ESTABLISHED' and (a.established_on is null or a.established_on <= ?3)
                  and (m1.joined_on is null or m1.joined_on <= ?3) and (m1.left_on is null or m1.left_on >= ?3)
                  and (m2.joined_on is null or m2.joined_on <= ?3) and (m2.left_on is null or m2.left_on >= ?3)
                order by case a.kind when 'COUNTY_COMMUNITY' then 0 when 'PREFECTURE_GROUP' then 1
                  when 'PROVINCIAL_REGIONAL' then 2 when 'SPECIALTY' then 3 else 4 end, a.id""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, on).getResultList();
        if (wanted == null) {
            return ids.isEmpty() ? null : ids.get(0).longValue();
        }
        if (ids.stream().noneMatch(i -> i.longValue() == wanted)) {
            throw Problems.unprocessable("allianceId", Detail.of("med.referral.alliance",
                    "the two institutions are not both members of alliance {0} on {1}", wanted, on));
        }
        return wanted;
    }

    private static HttpProblem illegal(Referral r, ReferralAction action) {
        return Problems.withDetail(HttpProblem.builder()
                .withType(URI.create(Problems.BASE + "illegal-transition"))
                .withTitle("Illegal referral transition")
                .withStatus(409), Detail.of("med.referral.illegal-transition",
                        "referral {0} is {1}; '{2}' is not allowed from there", r.id, r.status.fhirCode,
                        action.name().toLowerCase(java.util.Locale.ROOT)))
                .with("field", "status")
                .with("currentStatus", r.status.name())
                .with("allowedActions", ReferralLifecycle.allowed(r.status).stream().map(Enum::name).sorted().toList())
                .build();
    }

    /** An ICD-10 code in the form {@link Icd10} accepts, upper-cased; null when none was given. */
    static String icd10(String code) {
        if (blank(code)) {
            return null;
        }
        String c = Icd10.normalise(code);
        if (!Icd10.valid(c)) {
            throw Problems.unprocessable("reasonCode", Detail.of("med.referral.icd10",
                    "not an ICD-10 code (a letter, two "
                    + "digits, optionally '.' and one or two digits, e.g. I21.0; system {0})", Icd10.SYSTEM));
        }
        return c;
    }

    private static String practitioner(String field, String name) {
        if (blank(name)) {
            return null;
        }
        PatientAccess.requireNoNationalId(field, name);
        return name.strip();
    }

    /**
     * 预约转诊 (140号 三(二)4): the booked time lies after the step that books it and within a year of the request;
     * a booking outside that is a typing error, not an appointment.
     */
    private static Instant appointment(Instant t, Instant requestedAt, Instant bookedAt) {
        if (t == null) {
            return null;
        }
        if (t.isBefore(bookedAt)) {
            throw Problems.unprocessable("appointmentAt", Detail.of("med.referral.appointment-before-booking",
                    "the appointment is before it was booked ({0})", bookedAt));
        }
        if (t.isAfter(requestedAt.plus(java.time.Duration.ofDays(366)))) {
            throw Problems.unprocessable("appointmentAt", Detail.of("med.referral.appointment-too-late",
                    "the appointment is more than a year after the request ({0})", requestedAt));
        }
        return t;
    }

    private Instant notInFuture(Instant t, String field) {
        if (t.isAfter(Instant.now(clock).plusSeconds(60))) {
            throw Problems.unprocessable(field, Detail.of("med.in-future", "{0} is in the future", field));
        }
        return t;
    }

    private static String required(String value, String field, Detail detail) {
        if (blank(value)) {
            throw Problems.unprocessable(field, detail);
        }
        return value.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
