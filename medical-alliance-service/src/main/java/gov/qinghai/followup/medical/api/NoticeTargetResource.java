package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/notice-targets")
@Tag(name = "Notice targets", description = "The figures of 青政办〔2017〕140号, parsed from the gazette text")
public class NoticeTargetResource {
    @Inject
    EntityManager em;

    @Schema(name = "NoticeTarget")
    public record TargetView(
            @Schema(example = "TELEMEDICINE_TOWNSHIP_CENTRES") String code,
            @Schema(example = "405") BigDecimal value,
            @Schema(example = "township health centres") String unit,
            @Schema(example = "2017") Integer year,
            @Schema(example = "三(一)5") String clause,
            @Schema(example = "已覆盖44家县级医疗机构和405个乡镇卫生院的卫生专网") String quote) {
    }

    @GET
    @Authenticated
    @Operation(operationId = "listNoticeTargets", summary = "通知中的目标与数字 · List the notice's targets and figures", description = "Each with clause and exact quote.")
    @SuppressWarnings("unchecked")
    public Page<TargetView> list(@Valid @BeanParam PageQuery page) {
        List<jakarta.persistence.Tuple> rows = em.createNativeQuery("select code, value, unit, year, clause, quote "
                        + "from notice_target order by code", jakarta.persistence.Tuple.class)
                .setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from notice_target").getSingleResult()).longValue();
        return Page.of(rows.stream().map(r -> new TargetView(r.get("code", String.class),
                gov.qinghai.followup.medical.report.CoverageQueries.plain(r.get("value", BigDecimal.class)),
                r.get("unit", String.class), r.get("year", Integer.class), r.get("clause", String.class),
                r.get("quote", String.class))).toList(), page, total);
    }
}
