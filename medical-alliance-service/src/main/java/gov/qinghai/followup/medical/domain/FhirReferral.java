package gov.qinghai.followup.medical.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A referral as FHIR R4 resources: a {@code ServiceRequest} (the 转诊 order: who asks whom, for which patient and
 * why) and the {@code Task} that tracks it through the 双向转诊 lifecycle of 140号 三(二)4, in a {@code collection}
 * Bundle. The patient is referenced only by the pseudonymous patientRef (as a logical identifier), never by the
 * national ID; institutions by their name and id. Status codes: {@link ReferralStatus#fhirCode} for the Task, and
 * for the ServiceRequest active while the Task is open, completed when it is, revoked when rejected or cancelled.
 */
public final class FhirReferral {
    public static final String NUMBER_SYSTEM = "urn:qinghai-followup:medical:referral-number";
    public static final String PATIENT_SYSTEM = "urn:qinghai-followup:medical:patient-ref";
    public static final String INSTITUTION_SYSTEM = "urn:qinghai-followup:medical:institution-id";

    private FhirReferral() {
    }

    /** The business referral number: 转诊 year (China time) and id, e.g. ZZ-2017-001000; stable for a referral. */
    public static String number(Referral r) {
        int year = LocalDate.ofInstant(r.requestedAt, Notice140.CHINA).getYear();
        return String.format("ZZ-%d-%06d", year, r.id);
    }

    public static String serviceRequestStatus(ReferralStatus s) {
        return switch (s) {
            case REQUESTED, ACCEPTED, IN_PROGRESS -> "active";
            case ON_HOLD -> "on-hold";
            case COMPLETED -> "completed";
            case REJECTED, CANCELLED, FAILED -> "revoked";
            case ENTERED_IN_ERROR -> "entered-in-error";
        };
    }

    public static Map<String, Object> bundle(Referral r, String fromName, String toName) {
        String srUrl = "urn:uuid:" + uuid(r.id, 1);
        String taskUrl = "urn:uuid:" + uuid(r.id, 2);
        Map<String, Object> identifier = Map.of("system", NUMBER_SYSTEM, "value", number(r));
        Map<String, Object> patient = Map.of("identifier", Map.of("system", PATIENT_SYSTEM, "value", r.patientRef),
                "display", "患者 (pseudonymous)");
        Map<String, Object> requester = org(r.fromInstitutionId, fromName);
        Map<String, Object> performer = org(r.toInstitutionId, toName);
        String what = r.direction == Referral.Direction.UP ? "上转 (upward referral)" : "下转 (downward referral)";

        Map<String, Object> sr = new LinkedHashMap<>();
        sr.put("resourceType", "ServiceRequest");
        sr.put("identifier", List.of(identifier));
        sr.put("status", serviceRequestStatus(r.status));
        sr.put("intent", "order");
        sr.put("priority", r.urgency.fhirCode);
        sr.put("code", Map.of("text", "双向转诊 " + what));
        sr.put("subject", patient);
        sr.put("authoredOn", r.requestedAt.toString());
        // The doctors, where named, as contained PractitionerRoles (the practitioner at that organization), so the
        // ServiceRequest says both who asked and for which institution.
        List<Map<String, Object>> contained = new ArrayList<>();
        if (r.requesterPractitioner != null) {
            contained.add(practitionerRole("requester", r.requesterPractitioner, requester));
        }
        if (r.performerPractitioner != null) {
            contained.add(practitionerRole("performer", r.performerPractitioner, performer));
        }
        if (!contained.isEmpty()) {
            sr.put("contained", contained);
        }
        if (r.appointmentAt != null) {
            // 预约转诊 (140号 三(二)4): when the patient is expected at the receiving institution
            sr.put("occurrenceDateTime", r.appointmentAt.toString());
        }
        sr.put("requester", r.requesterPractitioner == null ? requester : Map.of("reference", "#requester",
                "type", "PractitionerRole", "display", r.requesterPractitioner + " (" + requester.get("display") + ")"));
        sr.put("performer", List.of(r.performerPractitioner == null ? performer : Map.of("reference", "#performer",
                "type", "PractitionerRole", "display", r.performerPractitioner + " (" + performer.get("display") + ")")));
        Map<String, Object> reason = new LinkedHashMap<>();
        if (r.reasonCode != null) {
            reason.put("coding", List.of(Map.of("system", Icd10.SYSTEM, "code", r.reasonCode)));
        }
        reason.put("text", r.reason);
        sr.put("reasonCode", List.of(reason));

        Map<String, Object> task = new LinkedHashMap<>();
        task.put("resourceType", "Task");
        task.put("identifier", List.of(identifier));
        task.put("basedOn", List.of(Map.of("reference", srUrl)));
        task.put("status", r.status.fhirCode);
        if (r.statusReason != null) {
            task.put("statusReason", Map.of("text", r.statusReason));
        }
        task.put("intent", "order");
        task.put("priority", r.urgency.fhirCode);
        task.put("code", Map.of("text", "双向转诊 " + what));
        task.put("focus", Map.of("reference", srUrl));
        task.put("for", patient);
        boolean done = r.status == ReferralStatus.COMPLETED || r.status == ReferralStatus.REJECTED
                || r.status == ReferralStatus.CANCELLED || r.status == ReferralStatus.FAILED
                || r.status == ReferralStatus.ENTERED_IN_ERROR;
        Instant end = done ? r.lastStepAt() : null;
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("start", r.requestedAt.toString());
        if (end != null) {
            period.put("end", end.toString());
        }
        task.put("executionPeriod", period);
        task.put("authoredOn", r.requestedAt.toString());
        task.put("lastModified", r.lastStepAt().toString());
        task.put("requester", requester);
        task.put("owner", performer);
        if (r.appointmentAt != null) {
            task.put("restriction", Map.of("period", Map.of("start", r.appointmentAt.toString())));
        }
        List<Map<String, Object>> notes = new ArrayList<>();
        if (r.feedback != null) {
            notes.add(Map.of("text", "反馈 (closed-loop feedback): " + r.feedback));
        }
        if (r.dischargeSummaryRef != null) {
            notes.add(Map.of("text", "出院小结 (discharge summary): " + r.dischargeSummaryRef));
        }
        if (!notes.isEmpty()) {
            task.put("note", notes);
        }

        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "collection");
        bundle.put("entry", List.of(Map.of("fullUrl", srUrl, "resource", sr), Map.of("fullUrl", taskUrl, "resource", task)));
        return bundle;
    }

    private static Map<String, Object> practitionerRole(String id, String practitioner, Map<String, Object> org) {
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("resourceType", "PractitionerRole");
        role.put("id", id);
        role.put("practitioner", Map.of("display", practitioner));
        role.put("organization", org);
        return role;
    }

    private static Map<String, Object> org(Long id, String name) {
        return Map.of("type", "Organization", "identifier", Map.of("system", INSTITUTION_SYSTEM,
                "value", String.valueOf(id)), "display", name == null ? "institution " + id : name);
    }

    /** A stable UUID per referral and resource, so the same referral always gives the same fullUrls. */
    private static String uuid(long id, int kind) {
        return new java.util.UUID(0x5a5a000000004000L | kind, 0x8000000000000000L | id).toString();
    }
}
