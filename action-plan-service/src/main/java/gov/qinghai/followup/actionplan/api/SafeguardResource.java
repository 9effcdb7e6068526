package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.Safeguard;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Notice text", description = "135号 三、保障措施 and notes on the notice's own text")
public class SafeguardResource {
    @Inject
    gov.qinghai.followup.actionplan.service.Catalogue catalogue;

    @Schema(name = "Safeguard")
    public record SafeguardView(@Schema(example = "三") String ordinal, @Schema(example = "强化督查问责") String title,
                                @Schema(example = "省政府督查室要采取定期督查、专项督查、现场督查、明察暗访等形式，……") String text) {
    }

    @GET
    @Path("safeguards")
    @Authenticated
    @Operation(operationId = "listSafeguards", summary = "保障措施 · The safeguards section (三、保障措施)", description = "Reference text, in the notice's order.")
    public Page<SafeguardView> safeguards(@Valid @BeanParam PageQuery page) {
        return Page.of(catalogue.safeguards(), page,
                (Safeguard s) -> new SafeguardView(s.ordinal, s.title, s.text));
    }

    @GET
    @Path("notice-notes")
    @Authenticated
    @Operation(operationId = "listNoticeNotes", summary = "通知原文的说明 · Notes on the notice's text", description = "Tasks without 牵头单位, doubled 等 and the like, "
            + "as the parser found them; the seed keeps the notice's wording.")
    public Page<NoteView> notes(@Valid @BeanParam PageQuery page) {
        return Page.of(catalogue.notes(), page, NoteView::of);
    }
}
