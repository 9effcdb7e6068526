package gov.qinghai.followup.common.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For the OpenAPI document only: the paging fields of a list answer ({@code common.paging.Page}), with examples. A
 * resource documents its page as a subclass named for what it lists, adding only the items:
 * <pre>{@code
 * @Schema(name = "OperationPage")
 * static final class OperationPage extends PageSchema {
 *     public List<OperationView> items;
 * }
 * }</pre>
 */
public abstract class PageSchema {
    @Schema(example = "0")
    public int page;
    @Schema(example = "20")
    public int size;
    @Schema(example = "1")
    public long total;
    @Schema(example = "1")
    public int totalPages;
}
