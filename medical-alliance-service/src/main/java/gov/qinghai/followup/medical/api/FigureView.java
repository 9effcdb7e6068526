package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.medical.domain.ContractingFigures;
import gov.qinghai.followup.medical.domain.FamilyDoctorFigure;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FamilyDoctorFigure")
public record FigureView(@Schema(example = "1000") Long id, @Schema(example = "1") Long prefectureId,
                         @Schema(example = "2017-09") String period, @Schema(example = "2350000") long population,
                         @Schema(example = "752000") long contracted, @Schema(example = "640000") long keyPopulation,
                         @Schema(example = "390000") long contractedKey, @Schema(example = "32.00") BigDecimal coveragePct,
                         @Schema(example = "60.94") BigDecimal keyCoveragePct,
                         @Schema(example = "reporter@西宁市卫生计生委") String reportedBy, @Schema(example = "0") long version) {

    static FigureView of(FamilyDoctorFigure f) {
        return new FigureView(f.id, f.prefectureId, f.period, f.population, f.contracted, f.keyPopulation,
                f.contractedKey, ContractingFigures.coveragePct(f.contracted, f.population),
                ContractingFigures.coveragePct(f.contractedKey, f.keyPopulation), f.reportedBy, f.version);
    }
}
