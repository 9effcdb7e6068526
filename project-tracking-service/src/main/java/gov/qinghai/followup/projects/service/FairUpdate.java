package gov.qinghai.followup.projects.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FairUpdate", description = "An admin's correction of a fair: its dates, the months its projects owe "
        + "reports, and its closing")
public record FairUpdate(
        @NotBlank @Size(max = 200) @Schema(example = "第十八届中国·青海绿色发展投资贸易洽谈会") String name,
        @Schema(example = "2017-07-06") LocalDate heldFrom,
        @Schema(example = "2017-07-09") LocalDate heldTo,
        @Size(max = 100) @Schema(example = "青政办〔2017〕134号") String notice,
        @NotNull @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$", message = "must be a month like 2017-07")
        @Schema(example = "2017-07", description = "the first month its projects owe a report") String reportingFrom,
        @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$", message = "must be a month like 2018-12")
        @Schema(example = "2018-12", description = "closes the fair: the last month its projects owe a report; "
                + "null while the fair is followed up") String closedAfter,
        @NotNull @Schema(example = "0", description = "the version you read") Long version) {
}
