package gov.qinghai.followup.transparency.report;

import com.fasterxml.jackson.databind.JsonNode;
import gov.qinghai.followup.common.documents.OfficialDocument;
import gov.qinghai.followup.common.documents.OfficialDocument.Block;
import gov.qinghai.followup.common.documents.OfficialDocument.Chart;
import gov.qinghai.followup.common.documents.OfficialDocument.Heading;
import gov.qinghai.followup.common.documents.OfficialDocument.Paragraph;
import gov.qinghai.followup.common.documents.OfficialDocument.Series;
import gov.qinghai.followup.common.documents.OfficialDocument.Table;
import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.common.reports.PeriodReportVersion;
import gov.qinghai.followup.common.time.ClockProducer;
import gov.qinghai.followup.transparency.domain.Grade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The annual result (137号 第十一条) and the annual bulletin of routine records (第九条 每年通报一次) as the 通报 the
 * 省政务公开领导小组办公室 sends out: the grade bands quoted from the notice, the results table, and a chart of the
 * grades by category of subject; the bulletin with its problems and achievements per subject.
 */
public final class AnnualDocument {
    static final String ISSUER = "青海省政务公开领导小组办公室";
    static final String RECIPIENT = "各市州人民政府，省政府各委、办、厅、局";
    /** 137号 第十一条, quoted. */
    static final String BANDS = "政务公开考核按百分制计分，考核结果分为优秀、良好、合格、不合格四个等级。90分以上为优秀，80—89分为良好，"
            + "60—79分为合格，不足60分为不合格。";

    private AnnualDocument() {
    }

    public static OfficialDocument document(JsonNode c, PeriodReportVersion v) {
        return AnnualReports.BULLETIN.equals(v.kind()) ? bulletin(c, v) : annual(c, v);
    }

    private static OfficialDocument annual(JsonNode c, PeriodReportVersion v) {
        String year = v.period();
        String title = "关于" + year + "年度政务公开工作考核结果的通报";
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("根据《青海省政务公开工作考核办法》（青政办〔2017〕137号）第十一条：“" + BANDS + "”现将" + year
                + "年度政务公开工作考核结果通报如下。"));
        body.add(new Heading("一、考核等次"));
        List<String> counts = new ArrayList<>();
        c.path("grades").fields().forEachRemaining(e -> counts.add(grade(e.getKey()) + e.getValue().asText() + "个"));
        body.add(new Paragraph("参加考核" + c.path("results").size() + "个单位，其中" + String.join("、", counts) + "。"));
        body.add(gradeChart(c));
        body.add(new Heading("二、考核结果"));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode r : c.path("results")) {
            rows.add(List.of(r.path("ranking").asText(), r.path("subject").asText(), r.path("kindLabel").asText(),
                    num(r, "base"), num(r, "bonus"), num(r, "deduction"), r.path("zeroedOut").asBoolean() ? "是" : "否",
                    num(r, "total"), grade(r.path("grade").asText()), num(r, "thirdPartyScore"),
                    num(r, "onlineScore"), num(r, "rawScore"), num(r, "rawMax")));
        }
        List<String> head = new ArrayList<>(AnnualReports.REPORT_COLUMNS);
        head.addAll(List.of("原始得分", "原始满分"));
        body.add(new Table("表1 " + year + "年度政务公开工作考核结果", head, rows));
        body.add(new Paragraph("加分项、减分项在100分之外计入总分；弄虚作假的直接评定为不合格（137号 考核内容表）。"));
        return new OfficialDocument(title, RECIPIENT, body, List.of(), ISSUER,
                v.builtAt().atZone(ClockProducer.ZONE).toLocalDate(), title + "-v" + v.version());
    }

    private static OfficialDocument bulletin(JsonNode c, PeriodReportVersion v) {
        String year = v.period();
        String title = "关于" + year + "年度政务公开日常考核情况的通报";
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("根据《青海省政务公开工作考核办法》（青政办〔2017〕137号）第九条“将发现的问题或成绩记录存档，每年通报一次，"
                + "并在年度考核时核减或加分”的规定，现将" + year + "年度日常考核情况通报如下。"));
        List<List<String>> rows = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<BigDecimal> problems = new ArrayList<>();
        List<BigDecimal> achievements = new ArrayList<>();
        for (JsonNode r : c.path("subjects")) {
            rows.add(List.of(r.path("subject").asText(), r.path("problems").asText(), r.path("achievements").asText(),
                    num(r, "pointsDeducted"), num(r, "pointsAdded"), num(r, "net")));
            subjects.add(r.path("subject").asText());
            problems.add(r.path("problems").decimalValue());
            achievements.add(r.path("achievements").decimalValue());
        }
        body.add(new Heading("一、日常考核记录"));
        body.add(new Paragraph("共" + rows.size() + "个单位有日常考核记录，见表1。"));
        body.add(new Table("表1 " + year + "年度日常考核记录汇总", AnnualReports.BULLETIN_COLUMNS, rows));
        Labels l = Labels.get();
        body.add(new Chart("图1 各单位日常考核发现的问题和成绩", "条", subjects, List.of(
                new Series(l.heading("problems"), problems), new Series(l.heading("achievements"), achievements))));
        List<List<String>> records = new ArrayList<>();
        for (JsonNode r : c.path("subjects")) {
            for (JsonNode rec : r.path("records")) {
                String kind = rec.path("kind").asText();
                records.add(List.of(r.path("subject").asText(), rec.path("recordedOn").asText(),
                        l.find("RoutineKind." + kind).orElse(kind), rec.path("itemNo").asText(), num(rec, "points"),
                        rec.path("description").asText(), l.find("RoutineMethod." + rec.path("method").asText())
                                .orElse(rec.path("method").asText())));
            }
        }
        body.add(new Table("表2 日常考核记录明细", List.of("考核对象", "记录日期", "类型", "考核内容序号", "分值", "情况",
                "方式"), records));
        body.add(new Heading("二、有关要求"));
        body.add(new Paragraph("以上问题和成绩在" + year + "年度考核时核减或加分。"));
        return new OfficialDocument(title, RECIPIENT, body, List.of(), ISSUER,
                v.builtAt().atZone(ClockProducer.ZONE).toLocalDate(), title + "-v" + v.version());
    }

    /** The grades by category of subject: a bar per grade for each kind (市州政府, 省政府部门 …). */
    private static Chart gradeChart(JsonNode c) {
        Set<String> kinds = new LinkedHashSet<>();
        for (JsonNode r : c.path("results")) {
            kinds.add(r.path("kindLabel").asText());
        }
        List<String> categories = List.copyOf(kinds);
        List<Series> series = new ArrayList<>();
        for (Grade g : Grade.values()) {
            List<BigDecimal> counts = new ArrayList<>();
            for (String kind : categories) {
                long n = 0;
                for (JsonNode r : c.path("results")) {
                    String grade = r.path("grade").asText();
                    if (r.path("kindLabel").asText().equals(kind)
                            && (grade.equals(g.name()) || grade.equals(Labels.get().of(g)))) {
                        n++;
                    }
                }
                counts.add(BigDecimal.valueOf(n));
            }
            series.add(new Series(Labels.get().of(g), counts));
        }
        return new Chart("图1 各类考核对象考核等次", "个", categories, series);
    }

    private static String grade(String name) {
        return Labels.get().find("Grade." + name).orElse(name);
    }

    private static String num(JsonNode r, String field) {
        JsonNode n = r.get(field);
        return n == null || n.isNull() ? "—" : n.decimalValue().toPlainString();
    }
}
