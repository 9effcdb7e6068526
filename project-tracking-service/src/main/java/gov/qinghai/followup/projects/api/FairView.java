package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.projects.domain.Fair;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Fair", description = "A 青洽会 edition")
public record FairView(
        @Schema(example = "1") Long id,
        @Schema(example = "18") int edition,
        @Schema(example = "第十八届中国·青海绿色发展投资贸易洽谈会") String name,
        @Schema(example = "2017-07-06") LocalDate heldFrom,
        @Schema(example = "2017-07-09") LocalDate heldTo,
        @Schema(example = "青政办〔2017〕134号") String notice,
        @Schema(example = "2017-01", description = "the first month its projects owe a report") String reportingFrom,
        @Schema(example = "null", description = "set when an admin closed the fair: the last month its projects owe "
                + "a report") String closedAfter,
        @Schema(example = "0") long version) {

    static FairView of(Fair f) {
        return new FairView(f.id, f.edition, f.name, f.heldFrom, f.heldTo, f.notice, f.reportingFrom, f.closedAfter, f.version);
    }
}
