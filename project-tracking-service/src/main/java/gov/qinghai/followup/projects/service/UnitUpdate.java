package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.projects.domain.UnitKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResponsibleUnitUpdate")
public record UnitUpdate(
        @NotNull @Schema(example = "PARK_COMMITTEE") UnitKind kind,
        @Pattern(regexp = "西宁市|海东市|海西州|海南州|海北州|黄南州|果洛州|玉树州",
                message = "must be one of the eight 市州: 西宁市, 海东市, 海西州, 海南州, 海北州, 黄南州, 果洛州, 玉树州")
        @Schema(example = "西宁市") String prefecture,
        @Size(max = 100) @Schema(example = "西宁经济技术开发区") String park,
        @Email @Size(max = 200) @Schema(example = "jkq@example.gov.cn") String contactEmail,
        @Pattern(regexp = UnitCreate.WEBHOOK, message = "must be an http(s) URL")
        @Size(max = 500) @Schema(example = "https://oa.jkq.example.gov.cn/hooks/reminders",
                description = "where the unit's system receives its reminders") String contactWebhook,
        @NotNull @Schema(example = "0", description = "the version you read") Long version) {
}
