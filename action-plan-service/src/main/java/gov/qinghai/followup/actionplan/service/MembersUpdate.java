package gov.qinghai.followup.actionplan.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's reading of a collective wording: the units it reaches and why. */
@Schema(name = "CollectiveMembersUpdate")
public record MembersUpdate(
        @NotNull @Size(min = 1, max = 100) @Schema(example = "[\"西宁市政府\",\"黄南州政府\",\"海北州政府\",\"海西州政府\"]")
        List<@NotBlank String> members,
        @NotBlank @Size(max = 200) @Schema(example = "任务9: 大通县(西宁市)、河南县(黄南州)、海晏县(海北州)、都兰县(海西州)")
        String basis,
        @NotNull @Schema(example = "0", description = "the collective's version you read") Long version) {
}
