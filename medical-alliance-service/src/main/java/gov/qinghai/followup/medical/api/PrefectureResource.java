package gov.qinghai.followup.medical.api;

import jakarta.inject.Inject;
import gov.qinghai.followup.medical.service.Listings;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/prefectures")
@Tag(name = "Prefectures", description = "The eight 市州 and their counties (reference data)")
public class PrefectureResource {
    @Inject
    Listings listings;

    @GET
    @Authenticated
    @Operation(operationId = "listPrefectures", summary = "八个市州 · List the eight 市州", description = "In the order of the notices: 西宁市, 海东市, 海西州, 海南州, "
            + "海北州, 黄南州, 果洛州, 玉树州; each with its county-level divisions as of 2017.")
    public Page<PrefectureView> list(@Valid @BeanParam PageQuery page) {
        return Page.ofRows(listings.prefectures(), page, PrefectureView::page);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getPrefecture", summary = "查看市州及其县 · Get one 市州 with its counties")
    public PrefectureView get(@PathParam("id") long id) {
        return PrefectureView.of(listings.prefecture(id));
    }
}
