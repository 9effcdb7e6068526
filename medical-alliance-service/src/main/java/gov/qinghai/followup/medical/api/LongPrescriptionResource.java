package gov.qinghai.followup.medical.api;

import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.medical.domain.LongPrescription;
import gov.qinghai.followup.medical.service.LongPrescriptionInput;
import gov.qinghai.followup.medical.service.LongPrescriptionService;
import gov.qinghai.followup.medical.service.PatientAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/long-prescriptions")
@Tag(name = "Long prescriptions", description = "长处方: at most 2 months of medication (140号 三(二)3)")
public class LongPrescriptionResource {
    @Inject
    gov.qinghai.followup.medical.service.Listings listings;
    @Inject
    LongPrescriptionService service;
    @Inject
    PatientAccess access;

    @Schema(name = "LongPrescription")
    public record View(@Schema(example = "1000") Long id, @Schema(example = "1") Long institutionId,
                       String patientRef, @Schema(example = "高血压") String condition,
                       @Schema(example = "2017-10-01") LocalDate startDate, @Schema(example = "60") int days,
                       @Schema(example = "2017-11-29") LocalDate lastDay) {
        static View of(LongPrescription p) {
            return new View(p.id, p.institutionId, p.patientRef, p.condition, p.startDate, p.days, p.lastDay);
        }
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "recordLongPrescription", summary = "记录长处方 · Record a long prescription", description = "Only for stable chronic contracted patients. "
            + "2个月用药量 is counted as 60 days from any start date; the days the patient still holds for the same "
            + "condition from other prescriptions (any institution) count against it: over 60 together gets 422 "
            + "naming 'days' with what is still allowed.")
    @APIResponse(responseCode = "201", description = "the long prescription as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = View.class)))
    public Response create(@RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = LongPrescriptionInput.class), examples = @ExampleObject(
            name = "60 days of 高血压 medicine", summary = "accepted by the seeded system (institution 1: 青海省人民医院)",
            value = LongPrescriptionInput.EXAMPLE))) @Valid @NotNull LongPrescriptionInput in) {
        LongPrescription p = service.create(in);
        return Created.at("/api/v1/long-prescriptions", View.of(p));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "listLongPrescriptions", summary = "长处方列表 · List long prescriptions", description = "Paged; filter by institution or patientRef. "
            + "Patient-level rows: a reporter sees only its own institution's prescriptions; supervisors and admins "
            + "all; viewers none (403).")
    public Page<View> list(@Valid @BeanParam PageQuery page, @QueryParam("institutionId") Long institutionId,
                           @QueryParam("patientRef") String patientRef) {
        return Page.of(listings.prescriptions(access.ownInstitution().orElse(null), institutionId, patientRef), page,
                View::of);
    }
}
