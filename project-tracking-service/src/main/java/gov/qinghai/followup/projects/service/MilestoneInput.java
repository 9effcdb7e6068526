package gov.qinghai.followup.projects.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MilestoneTarget", description = "Target rates (%) due on a date, e.g. 134号 二")
public record MilestoneInput(
        @NotNull @Schema(example = "2017-12-31") LocalDate dueDate,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(example = "70") BigDecimal contractFulfilmentRate,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(example = "50") BigDecimal constructionStartRate,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(example = "15") BigDecimal fundsInPlaceRate,
        @NotBlank @Size(max = 200) @Schema(example = "青政办〔2017〕134号 二") String source) {
}
