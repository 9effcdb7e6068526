package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.projects.domain.UnitKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResponsibleUnitCreate", description = "A 责任单位 a later fair names that the 18th did not have")
public record UnitCreate(
        @NotBlank @Size(max = 100) @Schema(example = "黄南州政府", description = "exactly as the fair's table writes it")
        String name,
        @NotNull @Schema(example = "PREFECTURE_GOVERNMENT") UnitKind kind,
        @Pattern(regexp = "西宁市|海东市|海西州|海南州|海北州|黄南州|果洛州|玉树州",
                message = "must be one of the eight 市州: 西宁市, 海东市, 海西州, 海南州, 海北州, 黄南州, 果洛州, 玉树州")
        @Schema(example = "黄南州") String prefecture,
        @Size(max = 100) @Schema(example = "null") String park,
        @Email @Size(max = 200) @Schema(example = "hnz@example.gov.cn") String contactEmail,
        @Pattern(regexp = WEBHOOK, message = "must be an http(s) URL")
        @Size(max = 500) @Schema(example = "https://oa.hnz.example.gov.cn/hooks/reminders") String contactWebhook) {
    static final String WEBHOOK = "^https?://\\S+$";
}
