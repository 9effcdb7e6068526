package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.projects.domain.Fair;
import gov.qinghai.followup.projects.domain.NoticeFigure;
import gov.qinghai.followup.projects.report.FairReadModel;
import gov.qinghai.followup.projects.service.FairService;
import gov.qinghai.followup.projects.service.HeadlineFigureInput;
import gov.qinghai.followup.projects.service.HeadlineFigureSet;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/fairs/{id}/headline-figures")
@Tag(name = "Reconciliation", description = "Where the notice's figures and its table disagree")
public class HeadlineFigureResource {
    @Inject
    AuditTrail audit;
    @Inject
    FairService fairs;
    @Inject
    FairReadModel readModel;

    @GET
    @Authenticated
    @Operation(operationId = "getHeadlineFigures", summary = "通报中的总数 · The headline figures of a fair's notice", description = "Seeded for the 18th fair from "
            + "青政办〔2017〕134号 (300余项, 超过1800亿元, 597亿元 = 40 %, 683亿元 = 46 %). A fair without them has no "
            + "headline section in its reconciliation.")
    public HeadlineFigureSet get(@PathParam("id") long id) {
        Fair fair = FairResource.find(id);
        return new HeadlineFigureSet(id, fair.version, fairs.headlineFigures(id)
                .stream().map(f -> new HeadlineFigureInput(f.key, f.measure, List.copyOf(f.scope), f.comparison,
                        f.stated, f.noticeText, f.source)).toList());
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceHeadlineFigures", summary = "录入或替换通报总数 · Enter or replace the headline figures of a fair's notice", description = "Each with the "
            + "notice's text and its source. Send the version you read; a stale version gets 409. A share "
            + "(REGIONS_SHARE, PARKS_SHARE) is checked against the sum figure with the same scope. Audited "
            + "(GET …/headline-figures/history).")
    @APIResponse(responseCode = "200", description = "the figures as stored, with the new version")
    @APIResponse(responseCode = "409", description = "stale version")
    public HeadlineFigureSet put(@PathParam("id") long id, @Valid @NotNull HeadlineFigureSet body) {
        fairs.setHeadlineFigures(id, body);
        return get(id);
    }

    @GET
    @Path("history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getHeadlineFiguresHistory", summary = "通报总数的审计记录 · Audit trail of a fair's headline figures", description = "By key, removed ones included.")
    public Map<String, List<AuditEntry>> history(@PathParam("id") long id) {
        FairResource.find(id);
        Map<String, List<AuditEntry>> out = new LinkedHashMap<>();
        for (FairReadModel.AuditedRecord r : readModel.headlineFiguresEver(id)) {
            out.merge(r.key(), audit.history(NoticeFigure.class, r.id()),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        }
        return out;
    }
}
