package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.Accountability;
import gov.qinghai.followup.actionplan.domain.Admonition;
import gov.qinghai.followup.actionplan.domain.Finding;
import gov.qinghai.followup.actionplan.domain.Supervision;
import gov.qinghai.followup.actionplan.domain.SupervisionKind;
import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.actionplan.service.LegacyIdempotencyKeys;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Supervision", description = "督查 (定期/专项/现场/明察暗访), findings, 约谈 and 问责 of 135号 三、(三)")
public class SupervisionResource {

    @Inject
    LegacyIdempotencyKeys legacyKeys;

    @POST
    @Idempotent
    @Path("supervisions")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Transactional
    @Operation(summary = "Record a 督查", description = "With the tasks and units covered and its findings. A retry "
            + "with the same Idempotency-Key gets the first answer again (201, Idempotent-Replayed: true); the same "
            + "key with another body 422.")
    public Response create(@Valid @NotNull SupervisionInput in) {
        Optional<Long> legacy = legacyKeys.supervision();
        if (legacy.isPresent()) {
            return Response.status(Response.Status.CREATED).header(Idempotent.REPLAYED_HEADER, "true")
                    .entity(SupervisionView.of(Supervision.findById(legacy.get()))).build();
        }
        Supervision s = new Supervision();
        s.kind = in.kind();
        s.heldOn = in.heldOn();
        s.title = in.title();
        if (in.taskNumbers() != null) {
            s.taskNumbers.addAll(in.taskNumbers());
        }
        List<String> units = in.units() == null ? List.of() : in.units();
        for (int i = 0; i < units.size(); i++) {
            s.units.add(unit(units.get(i), "units[" + i + "]"));
        }
        s.persist();
        List<SupervisionInput.FindingInput> findings = in.findings() == null ? List.of() : in.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = new Finding();
            f.supervision = s;
            f.unit = unit(findings.get(i).unit(), "findings[" + i + "].unit");
            f.taskNumber = findings.get(i).taskNumber();
            f.text = findings.get(i).text();
            f.persist();
            s.findings.add(f);
        }
        Supervision.flush();
        return Response.status(Response.Status.CREATED).entity(SupervisionView.of(s)).build();
    }

    @GET
    @Path("supervisions")
    @Authenticated
    @Operation(summary = "List 督查", description = "Paged, newest first; filter by kind.")
    public Page<SupervisionView> list(@Valid @BeanParam PageQuery page, @QueryParam("kind") SupervisionKind kind) {
        String q = kind == null ? "1 = 1" : "kind = :kind";
        Parameters p = kind == null ? new Parameters() : Parameters.with("kind", kind);
        return Page.of(Supervision.find(q, Sort.descending("heldOn").and("id", Sort.Direction.Descending), p.map()), page,
                SupervisionView::of);
    }

    @GET
    @Path("supervisions/{id}")
    @Authenticated
    @Operation(summary = "Get one 督查")
    public SupervisionView get(@PathParam("id") long id) {
        return SupervisionView.of(Supervision.<Supervision>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("supervision", id)));
    }

    @GET
    @Path("findings")
    @Authenticated
    @Operation(summary = "List findings", description = "Paged; filter by unit to see what was found and done about it.")
    public Page<SupervisionView.FindingView> findings(@Valid @BeanParam PageQuery page, @QueryParam("unit") String unit) {
        String q = unit == null ? "1 = 1" : "unit.name = :unit";
        Parameters p = unit == null ? new Parameters() : Parameters.with("unit", unit);
        return Page.of(Finding.find(q, Sort.by("id"), p.map()), page, SupervisionView.FindingView::of);
    }

    @POST
    @Idempotent
    @Path("findings/{id}/admonitions")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Transactional
    @Operation(summary = "Record a 约谈 on a finding", description = "A retry with the same Idempotency-Key gets "
            + "the first answer again (201, Idempotent-Replayed: true).")
    public Response admonish(@PathParam("id") long id, @Valid @NotNull FollowUpInput.Admonition in) {
        Admonition a = new Admonition();
        a.finding = finding(id);
        a.heldOn = in.heldOn();
        a.conductedBy = in.conductedBy();
        a.summary = in.summary();
        a.persist();
        return Response.status(Response.Status.CREATED).entity(SupervisionView.AdmonitionView.of(a)).build();
    }

    @POST
    @Idempotent
    @Path("findings/{id}/accountabilities")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Transactional
    @Operation(summary = "Record a 问责 on a finding", description = "A retry with the same Idempotency-Key gets "
            + "the first answer again (201, Idempotent-Replayed: true).")
    public Response hold(@PathParam("id") long id, @Valid @NotNull FollowUpInput.Accountability in) {
        Accountability a = new Accountability();
        a.finding = finding(id);
        a.decidedOn = in.decidedOn();
        a.measure = in.measure();
        a.persons = in.persons();
        a.persist();
        return Response.status(Response.Status.CREATED).entity(SupervisionView.AccountabilityView.of(a)).build();
    }

    private static Finding finding(long id) {
        return Finding.<Finding>findByIdOptional(id).orElseThrow(() -> Problems.notFound("finding", id));
    }

    private static Unit unit(String name, String field) {
        return Unit.byName(name).orElseThrow(() -> Problems.unprocessable(field, "unknown unit " + name));
    }
}
