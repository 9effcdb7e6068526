package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.projects.domain.Names;
import gov.qinghai.followup.projects.domain.QualityFlag;
import gov.qinghai.followup.projects.domain.Project;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Project", description = "A signed project (签约项目) with its table row as written")
public record ProjectView(
        @Schema(example = "1015") Long id,
        @Schema(example = "1") Long fairId,
        @Schema(example = "162", description = "序号") int seq,
        @Schema(example = "6") Long unitId,
        @Schema(example = "柴达木循环经济试验区管委会") String unit,
        @Schema(example = "200万吨/年氯化钾液钾资源回收利用工程项目") String name,
        @Schema(example = "格尔木工业园区管委会") String partyA,
        @Schema(example = "自然人", description = "乙方 as written") String partyB,
        @Schema(example = "[\"自然人\"]") List<String> partyBList,
        @Schema(example = "1.60", description = "总投资额, 亿元") BigDecimal totalInvestment,
        @Schema(example = "四川", description = "资金来源地 as written") String fundSources,
        @Schema(example = "[\"四川\"]", description = "normalised to provinces; 境外:… for foreign sources")
        List<String> fundProvinces,
        @Schema(example = "莫重明") String responsibleLeader,
        @Schema(example = "[\"海吉忠\", \"杨波\"]") List<String> responsiblePersons,
        @Schema(example = "199", description = "line of the gazette text or import file") Integer sourceLine,
        @Schema(example = "[\"NATURAL_PERSON_PARTY\"]") List<String> qualityFlags,
        @Schema(example = "[\"乙方为自然人\"]", description = "the flags as a person reads them, in the same order")
        List<String> qualityFlagLabels,
        @Schema(example = "0") long version) {

    static ProjectView of(Project p) {
        return new ProjectView(p.id, p.fair.id, p.seq, p.unit.id, p.unit.name, p.name, p.partyA, p.partyB,
                Names.split(p.partyB), p.totalInvestment, p.fundSources, p.fundProvinces, p.responsibleLeader,
                p.responsiblePersons, p.sourceLine, p.qualityFlags,
                p.qualityFlags.stream().map(f -> Labels.get().of(QualityFlag.valueOf(f))).toList(), p.version);
    }
}
