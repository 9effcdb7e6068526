package gov.qinghai.followup.common.input;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.JsonInputMapper;
import gov.qinghai.followup.common.problem.Problems;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A JSON date or period outside its window: 400 naming the field and the window (not the value). */
public class OutsideWindowMapper {
    @ServerExceptionMapper(priority = 1)
    public Response outside(WindowedDates.OutsideWindow e) {
        String field = JsonInputMapper.field(e);
        return Problems.badRequest(field.isEmpty() ? null : field, field.isEmpty()
                ? Detail.of("detail.outside-window-body", "the body {0}", e.requirement())
                : Detail.of("detail.outside-window-field", "field '{0}' {1}", field, e.requirement())).toResponse();
    }
}
