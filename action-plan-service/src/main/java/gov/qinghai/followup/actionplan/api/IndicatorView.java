package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.Comparator;
import gov.qinghai.followup.actionplan.domain.FigureRule;
import gov.qinghai.followup.actionplan.domain.Indicator;
import gov.qinghai.followup.actionplan.domain.LinkedSource;
import gov.qinghai.followup.actionplan.domain.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "A quantitative target of a task, beside the notice's words it comes from")
public record IndicatorView(
        @Schema(example = "1000") Long id,
        @Schema(example = "21") int taskNumber,
        @Schema(example = "21-coal") String code,
        @Schema(example = "压减煤炭产能") String name,
        @Schema(example = "万吨") String unit,
        @Schema(example = "GE") Comparator comparator,
        @Schema(example = "≥") String comparatorSymbol,
        @Schema(example = "132") BigDecimal target,
        @Schema(example = "2017-09-30") LocalDate deadline,
        @Schema(example = "stated: 9月前") String deadlineBasis,
        @Schema(example = "9月前完成132万吨煤炭产能压减任务", description = "the notice's text, the source of truth")
        String sourcePhrase,
        @Schema(example = "MEDICAL_ALLIANCE", description = "peer service measuring it; null if reported by units")
        LinkedSource linkedSource,
        @Schema(example = "coverageRate") String linkedKey,
        @Schema(example = "PROVINCE", description = "how units' figures combine: PROVINCE (the lead unit's figure, or "
                + "the peer's 全省 figure, stands for the province), SUM (they add up), WEAKEST (the weakest counts)")
        FigureRule figureRule,
        @Schema(example = "各市（州）年底前至少建成一个: every 市州 must reach it") String figureRuleBasis,
        @Schema(example = "0") long version) {

    public static IndicatorView of(Indicator i) {
        return new IndicatorView(i.id, i.task.number, i.code, i.name, i.unit, i.comparator, i.comparator.symbol,
                Numbers.plain(i.target), i.deadline, i.deadlineBasis, i.sourcePhrase, i.linkedSource, i.linkedKey,
                i.figureRule, i.figureRuleBasis, i.version);
    }
}
