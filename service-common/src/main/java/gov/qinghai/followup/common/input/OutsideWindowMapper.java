package gov.qinghai.followup.common.input;

import com.fasterxml.jackson.databind.JsonMappingException;
import gov.qinghai.followup.common.problem.Problems;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A JSON date or period outside its window: 400 naming the field and the window (not the value). */
public class OutsideWindowMapper {
    @ServerExceptionMapper(priority = 1)
    public Response outside(WindowedDates.OutsideWindow e) {
        String field = field(e);
        return Problems.badRequest(field.isEmpty() ? null : field,
                (field.isEmpty() ? "the body" : "field '" + field + "'") + " " + e.requirement()).toResponse();
    }

    static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
