package gov.qinghai.followup.transparency.service.views;

import gov.qinghai.followup.transparency.domain.SubjectKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentSubjectInput", description = "Create (version ignored) or update (version required) a subject")
public record SubjectInput(
        @NotBlank @Size(max = 100) @Schema(example = "省卫生计生委") String name,
        @NotNull @Schema(example = "PROVINCIAL_DEPARTMENT") SubjectKind kind,
        @Pattern(regexp = "西宁市|海东市|海西州|海南州|海北州|黄南州|果洛州|玉树州",
                message = "must be one of the eight 市州: 西宁市, 海东市, 海西州, 海南州, 海北州, 黄南州, 果洛州, 玉树州")
        @Schema(example = "西宁市") String prefecture,
        @Email @Pattern(regexp = ContactEmail.PATTERN, message = ContactEmail.MESSAGE) @Size(max = 200)
        @Schema(example = "gk@example.gov.cn", description = "where the subject's reminders are e-mailed") String contactEmail,
        @Schema(example = "0", description = "the version you read; required on update") Long version) {
}
