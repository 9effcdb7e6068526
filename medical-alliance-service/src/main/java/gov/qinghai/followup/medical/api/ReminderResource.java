package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.medical.domain.Reminder;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reminders")
@Tag(name = "Reminders", description = "Reminders for missing figures and alerts for pending referrals, per unit")
public class ReminderResource {
    @Inject
    gov.qinghai.followup.medical.service.Listings listings;

    @Schema(name = "Reminder")
    public record View(@Schema(example = "1") Long id, @Schema(example = "MISSING_FAMILY_DOCTOR_FIGURES") String kind,
                       @Schema(example = "果洛州卫生计生委") String unit, @Schema(example = "2017-09") String period,
                       @Schema(example = "0") long referenceId,
                       @Schema(example = "果洛州 未报送 2017-09 家庭医生签约服务数据") String subject, Instant createdAt) {
        static View of(Reminder r) {
            return new View(r.id, r.kind, r.unit, r.period, r.referenceId, r.subject, r.createdAt);
        }
    }

    @GET
    @Authenticated
    @Operation(operationId = "listMedicalReminders", summary = "提醒列表 · List reminders", description = "Paged; filter by unit, kind and period.")
    public Page<View> list(@Valid @BeanParam PageQuery page, @QueryParam("unit") String unit,
                           @QueryParam("kind") String kind, @QueryParam("period") @Window(kind = Window.Kind.PERIOD) String period) {
        return Page.of(listings.reminders(unit, kind, period), page, View::of);
    }
}
