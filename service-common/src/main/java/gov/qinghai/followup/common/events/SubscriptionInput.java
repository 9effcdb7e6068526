package gov.qinghai.followup.common.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new subscription. */
@Schema(name = "SubscriptionInput")
public record SubscriptionInput(
        @Schema(description = "an absolute http(s) URL that receives a POST per event", example = "https://ducha.qinghai.gov.cn/hooks/followup")
        @NotBlank @Size(max = 500) @Pattern(regexp = "https?://[^\\s/?#@]+(/[^\\s]*)?", message = "must be an absolute http or https URL")
        String url,
        @Schema(description = "CloudEvents types of this service (see the OpenAPI webhooks)",
                example = "[\"gov.qinghai.followup.projects.progress-report.submitted.v1\"]")
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> eventTypes,
        @Schema(nullable = true, description = "only events of this unit", example = "省经济和信息化委")
        @Size(min = 1, max = 200) String unit,
        @Schema(nullable = true, description = "only events of this 市州", example = "海东市")
        @Pattern(regexp = "西宁市|海东市|海西州|海南州|海北州|黄南州|果洛州|玉树州", message = "must be one of the eight 市州")
        String prefecture,
        @Schema(nullable = true, example = "省政府督查平台") @Size(max = 500) String description) {
}
