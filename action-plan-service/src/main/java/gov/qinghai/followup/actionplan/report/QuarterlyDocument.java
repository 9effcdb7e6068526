package gov.qinghai.followup.actionplan.report;

import com.fasterxml.jackson.databind.JsonNode;
import gov.qinghai.followup.actionplan.domain.TaskStatus;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The quarterly report of the 夏秋季攻势 as the document 135号 asks for: 标题, 主送 省政府, the notice's own words
 * (三季度在全省开展“夏秋季攻势”专项行动; 列出责任清单和完成时限表，以时间倒逼进度; 对行动不坚决、落实不得力、整改不到位的，
 * 及时约谈、严肃追责), task status by group, the lagging units, 督查 findings, and the 责任清单和完成时限表 as its 附件;
 * charts of the status by group and of the lagging units.
 */
public final class QuarterlyDocument {
    static final String TITLE = "关于“夏秋季攻势”专项行动推进落实情况的报告";
    /** 135号 四 (三): 省政府督查室 follows the tasks up. */
    static final String ISSUER = "青海省人民政府督查室";
    static final String ATTACHMENT = "责任清单和完成时限表";

    private QuarterlyDocument() {
    }

    public static OfficialDocument document(JsonNode c, PeriodReportVersion v) {
        Map<String, List<List<String>>> t = ReportExport.tables(c);
        Labels labels = Labels.get();
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("按照《青海省人民政府办公厅关于印发青海省“夏秋季攻势”专项行动实施方案的通知》（青政办〔2017〕135号）"
                + "要求，省政府决定三季度在全省开展“夏秋季攻势”专项行动，各地区、各相关部门要“列出责任清单和完成时限表，以时间倒逼进度”。"
                + "现将" + v.period() + "（截至" + c.path("asOf").asText() + "）各项任务推进情况报告如下。"));
        body.add(new Heading("一、任务总体进展"));
        StringBuilder s = new StringBuilder();
        for (JsonNode g : c.path("groups")) {
            JsonNode by = g.path("byStatus");
            s.append(g.path("name").asText()).append(g.path("tasks").asText()).append("项，其中");
            List<String> parts = new ArrayList<>();
            for (TaskStatus st : TaskStatus.values()) {
                parts.add(labels.of(st) + by.path(st.name()).asText("0") + "项");
            }
            s.append(String.join("、", parts)).append("；");
        }
        if (s.length() > 0) {
            s.setLength(s.length() - 1);
            body.add(new Paragraph(s + "。"));
        }
        body.add(table("表1 各组任务状态", t.get("groups")));
        body.add(statusChart(c, labels));
        body.add(new Heading("二、滞后单位"));
        body.add(new Paragraph("通知要求“对行动不坚决、落实不得力、整改不到位的，及时约谈、严肃追责”（135号 四（三））。本季度滞后单位"
                + (t.get("laggingUnits").size() - 1) + "个，见表2。"));
        body.add(table("表2 滞后单位", t.get("laggingUnits")));
        if (c.path("laggingUnits").size() > 0) {
            body.add(laggingChart(c));
        }
        body.add(new Heading("三、各单位报送情况"));
        body.add(table("表3 各单位承担任务和报送情况", t.get("units")));
        body.add(new Heading("四、督查发现的问题"));
        if (t.get("findings").size() > 1) {
            body.add(table("表4 督查发现的问题", t.get("findings")));
        } else {
            body.add(new Paragraph("本季度未记录督查发现的问题。"));
        }
        body.add(new Heading("附件 " + ATTACHMENT));
        body.add(table("各项任务目标、完成时限和完成情况", t.get("tasks")));
        return new OfficialDocument(TITLE, "省政府", body, List.of(ATTACHMENT), ISSUER,
                v.builtAt().atZone(ClockProducer.ZONE).toLocalDate(), TITLE + "-" + v.period() + "-v" + v.version());
    }

    /** A table of the export: its machine header row as the Chinese headings, yes/no as 是/否. */
    private static Table table(String caption, List<List<String>> rows) {
        Labels labels = Labels.get();
        List<String> keys = rows.get(0);
        List<List<String>> body = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                String v = r.get(i);
                boolean yesNo = (keys.get(i).equals("stale") || keys.get(i).equals("met")) && !v.isEmpty();
                out.add(yesNo ? labels.find("Boolean." + v).orElse(v) : v);
            }
            body.add(out);
        }
        return new Table(caption, keys.stream().map(labels::heading).toList(), body);
    }

    private static Chart statusChart(JsonNode c, Labels labels) {
        List<String> groups = new ArrayList<>();
        for (JsonNode g : c.path("groups")) {
            groups.add(g.path("name").asText());
        }
        List<Series> series = new ArrayList<>();
        for (TaskStatus st : TaskStatus.values()) {
            List<BigDecimal> values = new ArrayList<>();
            for (JsonNode g : c.path("groups")) {
                values.add(new BigDecimal(g.path("byStatus").path(st.name()).asText("0")));
            }
            series.add(new Series(labels.of(st), values));
        }
        return new Chart("图1 各组任务状态", "项", groups, series);
    }

    private static Chart laggingChart(JsonNode c) {
        List<String> units = new ArrayList<>();
        List<BigDecimal> overdue = new ArrayList<>();
        List<BigDecimal> behind = new ArrayList<>();
        List<BigDecimal> missing = new ArrayList<>();
        for (JsonNode l : c.path("laggingUnits")) {
            units.add(l.path("unit").asText());
            overdue.add(l.path("overdueTasks").decimalValue());
            behind.add(l.path("tasksBehindTarget").decimalValue());
            missing.add(l.path("missingReports").decimalValue());
        }
        Labels labels = Labels.get();
        return new Chart("图2 滞后单位", "项", units, List.of(new Series(labels.heading("overdueTasks"), overdue),
                new Series(labels.heading("tasksBehindTarget"), behind),
                new Series(labels.heading("missingReports"), missing)));
    }
}
