package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.SeedNote;
import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.actionplan.domain.TaskRole;
import gov.qinghai.followup.actionplan.domain.TaskUnit;
import gov.qinghai.followup.actionplan.service.UnitScope;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Tasks", description = "The 50 tasks of 135号 with their 牵头单位, 责任单位 and indicators")
public class TaskResource {
    @Inject
    UnitScope scope;

    @GET
    @Path("tasks")
    @Authenticated
    @Transactional
    @Operation(summary = "List tasks", description = "Paged, by number; filter by group numeral (一…四).")
    public Page<TaskSummaryView> list(@Valid @BeanParam PageQuery page,
                                      @Parameter(example = "三") @QueryParam("group")
                                      @Pattern(regexp = "[一二三四]", message = "must be one of 一, 二, 三, 四") String group) {
        String q = group == null ? "1 = 1" : "group.numeral = :g";
        Parameters p = group == null ? new Parameters() : Parameters.with("g", group);
        return Page.of(Task.find(q, Sort.by("number"), p.map()), page, TaskSummaryView::of);
    }

    @GET
    @Path("tasks/{number}")
    @Authenticated
    @Transactional
    @Operation(summary = "Get one task", description = "Full text, units in the notice's order (collectives with "
            + "the units they reach), indicators and notes on the notice's text.")
    public TaskView get(@PathParam("number") int number) {
        Task t = find(number);
        List<TaskUnitView> lead = units(t, TaskRole.LEAD);
        List<TaskUnitView> resp = units(t, TaskRole.RESPONSIBLE);
        boolean open = t.units.stream().anyMatch(u -> u.role == TaskRole.RESPONSIBLE && u.followedByEtc);
        List<NoteView> notes = SeedNote.<SeedNote>list("taskNumber", Sort.by("id"), number).stream()
                .map(NoteView::of).toList();
        return new TaskView(t.number, t.group.numeral, t.group.name, t.text, t.leadWording, t.responsibleWording,
                lead, resp, open, t.indicators.stream().map(IndicatorView::of).toList(), notes, t.version);
    }

    private List<TaskUnitView> units(Task t, TaskRole role) {
        return t.units.stream().filter(u -> u.role == role)
                .map((TaskUnit u) -> TaskUnitView.of(u, scope.members(u.unit))).toList();
    }

    public static Task find(int number) {
        return Task.byNumber(number).orElseThrow(() -> Problems.notFound("task", number));
    }
}
