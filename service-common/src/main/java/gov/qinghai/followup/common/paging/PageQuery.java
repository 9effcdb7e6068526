package gov.qinghai.followup.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code page} (0-based) and {@code size} (1–200) of every list endpoint. */
public class PageQuery {
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(1_000_000)
    @Parameter(description = "0-based page number", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "page size, 1–200", example = "20")
    public int size;

    public static PageQuery of(int page, int size) {
        PageQuery q = new PageQuery();
        q.page = page;
        q.size = size;
        return q;
    }

    public int offset() {
        return page * size;
    }
}
