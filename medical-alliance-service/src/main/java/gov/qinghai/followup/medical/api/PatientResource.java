package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.medical.service.PatientAccess;
import gov.qinghai.followup.medical.service.PatientRefs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients/reference")
@Tag(name = "Patients", description = "Pseudonymous patient references")
public class PatientResource {
    @Inject
    PatientRefs refs;
    @Inject
    PatientAccess access;

    @Schema(name = "PatientLookup")
    public record Lookup(@NotBlank @Schema(example = "630102199001011235") String nationalId) {
        @Override
        public String toString() {
            return "Lookup[nationalId=***]";
        }
    }

    @Schema(name = "PatientReference")
    public record Reference(@Schema(example = "3f1c…(64 hex)") String patientRef) {
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "createPatientReference", summary = "身份证号的化名 · Pseudonym of a national ID", description = "Sent in the body (never in a URL, which ends up "
            + "in access logs); use the result to find a patient's referrals with ?patientRef=. Supervisors and admins "
            + "for any patient; a reporter only for a patient its institution already refers, receives or prescribes "
            + "for (403 otherwise, whether or not the patient is known elsewhere).")
    @APIResponse(responseCode = "200", description = "the reference", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Reference.class), examples = @ExampleObject(name = "reference", value = "{\"patientRef\":\"3f1c…\"}")))
    @APIResponse(responseCode = "403", description = "a reporter of an institution not involved with this patient")
    public Reference reference(@Valid @NotNull Lookup body) {
        String ref = refs.of(body.nationalId(), "nationalId");
        access.requireKnownPatient(ref);
        return new Reference(ref);
    }
}
