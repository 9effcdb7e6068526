package gov.qinghai.followup.transparency.service.views;

import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.transparency.domain.ItemCategory;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DTOs of the assessment scheme (137号 附件). */
public final class SchemeViews {
    private SchemeViews() {
    }

    @Schema(name = "SchemeSummary")
    public record Summary(
            @Schema(example = "1") Long id,
            @Schema(example = "2017") int year,
            @Schema(example = "1") int revision,
            @Schema(example = "2017年度政务公开工作考核内容") String title,
            @Schema(example = "100.0", description = "Σ points of items 1–8") BigDecimal regularTotal,
            @Schema(example = "true") boolean sumsTo100,
            @Schema(example = "0") long version) {
    }

    @Schema(name = "SchemeLine", description = "A content line (内容) of an item")
    public record Line(
            @Schema(example = "101") Long id,
            @Schema(example = "1") int lineNo,
            @Schema(example = "政务舆情制度") String subArea,
            @Schema(example = "建立政务舆情监测、整理、报告、处置等工作制度") String content,
            @Schema(example = "1.0") BigDecimal points,
            @Schema(example = "gazette row prints the content in the 项目 column; kept under the preceding sub-area")
            String layoutNote,
            @Schema(example = "936", description = "line of the gazette text the content was read from")
            Integer gazetteLine,
            @Schema(example = "备注 '此项为市、州政府考核内容' is printed on the row of line 1 only (gazette line 949); '此项' is"
                    + " read as the whole item 8", description = "a reading beyond the printed cell, if any")
            String dataNote,
            @Schema(example = "0") long version) {
        public static Line of(gov.qinghai.followup.transparency.domain.SchemeLine l) {
            return new Line(l.id, l.lineNo, l.subArea, l.content, l.points, l.layoutNote, l.gazetteLine, l.dataNote,
                    l.version);
        }
    }

    @Schema(name = "SchemeItem", description = "A numbered item of the 137号 附件 table")
    public record Item(
            @Schema(example = "100") Long id,
            @Schema(example = "8") int itemNo,
            @Schema(example = "政务服务") String name,
            @Schema(example = "REGULAR") ItemCategory category,
            @Schema(example = "PREFECTURE_GOVERNMENT") String appliesTo,
            @Schema(example = "此项为市、州政府考核内容") String remark,
            @Schema(example = "20.0", description = "regular: Σ line points; 加分/减分: the cap") BigDecimal maxPoints,
            @Schema(example = "0") long version,
            List<Line> lines) {
    }

    @Schema(name = "Scheme", description = "A versioned scheme with its items, lines and points")
    public record Detail(
            @Schema(example = "1") Long id,
            @Schema(example = "2017") int year,
            @Schema(example = "1") int revision,
            @Schema(example = "2017年度政务公开工作考核内容") String title,
            @Schema(example = "青政办〔2017〕137号 附件 政务公开考核内容") String source,
            String note,
            @Schema(example = "100.0") BigDecimal regularTotal,
            @Schema(example = "true") boolean sumsTo100,
            @Schema(example = "false", description = "true once an annual round uses it: points are then frozen")
            boolean inUse,
            @Schema(example = "0") long version,
            @Schema(description = "the 20-working-day rule of 137号 附件 第4项; null when assessors score that line")
            TimelinessRule timelinessRule,
            List<Item> items,
            @Schema(description = "where the gazette's table layout and its content disagree")
            List<String> dataNotes) {
    }

    @Schema(name = "TimelinessRule", description = "How the on-time rate of disclosures becomes points of a content"
            + " line (137号 附件 第4项; the notice sets no points: the service's default, adjustable per scheme)")
    public record TimelinessRule(
            @Schema(example = "121") Long lineId,
            @Schema(example = "4") int itemNo,
            @Schema(example = "1") int lineNo,
            @Schema(example = "主动公开政府信息公开工作年报、目录、重点领域信息，落实 20 个工作日内主动公开属于主动公开范围的政府信息")
            String content,
            @Schema(example = "12.0") BigDecimal linePoints,
            @Schema(example = "100.0", description = "on-time rate (%) that earns the line's full points")
            BigDecimal fullMarksRate,
            @Schema(example = "rate = round1(onTime × 100 / counted); …") String formula,
            @Schema(example = "青政办〔2017〕137号 附件 第4项") String basis) {
    }

    @Schema(name = "TimelinessRuleInput")
    public record TimelinessRuleInput(
            @Schema(example = "121", description = "a regular content line of this scheme; null switches the rule off")
            Long lineId,
            @jakarta.validation.constraints.NotNull
            @jakarta.validation.constraints.DecimalMin(value = "0", inclusive = false)
            @jakarta.validation.constraints.DecimalMax("100") @jakarta.validation.constraints.Digits(integer = 3,
                    fraction = 1) @Schema(example = "95.0") BigDecimal fullMarksRate,
            @jakarta.validation.constraints.NotNull @Schema(example = "0", description = "the scheme's version")
            Long version) {
    }

    @Schema(name = "SchemeLinePoints")
    public record LinePoints(
            @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.DecimalMin("-100")
            @jakarta.validation.constraints.DecimalMax("100") @jakarta.validation.constraints.Digits(integer = 5, fraction = 1)
            @Schema(example = "4.0") BigDecimal points,
            @jakarta.validation.constraints.NotNull @Schema(example = "0") Long version) {
    }

    @Schema(name = "SchemeItemCap")
    public record ItemCap(
            @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.DecimalMin("0")
            @jakarta.validation.constraints.DecimalMax("100") @jakarta.validation.constraints.Digits(integer = 5, fraction = 1)
            @Schema(example = "5.0") BigDecimal cap,
            @jakarta.validation.constraints.NotNull @Schema(example = "0") Long version) {
    }

    @Schema(name = "SchemeCopy")
    public record Copy(
            @jakarta.validation.constraints.NotNull @Window(kind = Window.Kind.YEAR) @Schema(example = "2018") Integer year,
            @jakarta.validation.constraints.Size(max = 200) @Schema(example = "2018年度政务公开工作考核内容") String title) {
    }
}
