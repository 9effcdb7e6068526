package gov.qinghai.followup.projects.report;

import gov.qinghai.followup.common.documents.OfficialDocument;
import gov.qinghai.followup.common.documents.OfficialDocument.Block;
import gov.qinghai.followup.common.documents.OfficialDocument.Chart;
import gov.qinghai.followup.common.documents.OfficialDocument.Heading;
import gov.qinghai.followup.common.documents.OfficialDocument.Paragraph;
import gov.qinghai.followup.common.documents.OfficialDocument.Series;
import gov.qinghai.followup.common.documents.OfficialDocument.Table;
import gov.qinghai.followup.common.reports.PeriodReportVersion;
import gov.qinghai.followup.common.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The quarterly report as the document 134号 五 asks for (省经济和信息化委 … 将有关情况按季度报送省政府): 标题 关于第十八届
 * 青洽会签约项目推进落实情况的报告, 主送 省政府, the targets of 134号 二 quoted, the rates by unit and by 市州 against the
 * milestone, the reporting of the quarter and 存在的问题 (五: 进展情况和存在的问题), charts of the rates against targets.
 */
@ApplicationScoped
public class QuarterlyDocument {
    /** 134号 二, quoted: the dated targets the rates are read against. */
    static final String TARGETS = "到2017年底，第十八届青洽会签约项目履约率、开工率、资金到位率要分别达到70%、50%和15%以上；"
            + "到2018年5月底，分别达到90%、80%和30%以上。";
    static final String ISSUER = "青海省经济和信息化委员会";

    @Inject
    EntityManager em;

    public OfficialDocument document(QuarterlyReport r, PeriodReportVersion v) {
        String fair = "第" + numeral(edition(r.fairId())) + "届青洽会";
        String title = "关于" + fair + "签约项目推进落实情况的报告";
        RateLine o = r.overall();
        Rates.Milestone m = r.milestone();
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("根据《青海省人民政府办公厅关于做好第十八届青洽会签约项目推进落实工作的通知》（青政办〔2017〕134号）"
                + "“将有关情况按季度报送省政府”的要求，现将" + r.quarter() + "（截至" + r.asOf() + "）" + fair
                + "签约项目推进落实情况报告如下。"));
        body.add(new Heading("一、总体进展"));
        body.add(new Paragraph("通知明确：" + TARGETS));
        body.add(new Paragraph("截至" + r.asOf() + "，" + o.projects() + "个签约项目中，履约" + o.contracted() + "个，履约率"
                + f(o.contractFulfilmentRate()) + "%（上季度末" + f(r.previousOverall().contractFulfilmentRate())
                + "%）；开工" + o.started() + "个，开工率" + f(o.constructionStartRate()) + "%（上季度末"
                + f(r.previousOverall().constructionStartRate()) + "%）；资金到位" + f(o.fundsInPlace()) + "亿元，总投资"
                + f(o.totalInvestment()) + "亿元，资金到位率" + f(o.fundsInPlaceRate()) + "%（上季度末"
                + f(r.previousOverall().fundsInPlaceRate()) + "%）。"));
        if (m != null && o.versus() != null) {
            RateLine.Versus vs = o.versus();
            body.add(new Paragraph("对照" + m.dueDate() + "的目标（履约率" + f(m.contractFulfilmentRate()) + "%、开工率"
                    + f(m.constructionStartRate()) + "%、资金到位率" + f(m.fundsInPlaceRate()) + "%），履约率"
                    + gap(vs.contractFulfilment()) + "，开工率" + gap(vs.constructionStart()) + "，资金到位率"
                    + gap(vs.fundsInPlace()) + "。"));
        } else {
            body.add(new Paragraph("本季度末之后通知未再规定目标日期，以下各率不作达标评价。"));
        }
        body.add(new Heading("二、各责任单位推进情况"));
        body.add(rateTable("表1 各责任单位履约率、开工率、资金到位率", "责任单位",
                r.units().stream().map(QuarterlyReport.UnitLine::rates).toList(),
                r.units().stream().map(u -> u.prefecture() == null ? "" : u.prefecture()).toList()));
        body.add(chart("图1 各责任单位履约率、资金到位率与目标", r.units().stream().map(u -> u.rates()).toList(), m));
        List<List<String>> reporting = new ArrayList<>();
        for (QuarterlyReport.UnitLine u : r.units()) {
            reporting.add(List.of(u.unit(), f(u.contractRateChange()), f(u.startRateChange()), f(u.fundsRateChange()),
                    String.valueOf(u.reportsExpected()), String.valueOf(u.reportsReceived()),
                    String.valueOf(u.reportsLate()), String.valueOf(u.reportsMissing())));
        }
        body.add(new Paragraph("各责任单位应于每月5日前报送签约项目进展情况和存在的问题（134号 五）。本季度各单位较上季度末的变化和报送情况见表2。"));
        body.add(new Table("表2 各责任单位较上季度变化（百分点）和月报报送情况",
                List.of("责任单位", "履约率变化", "开工率变化", "资金到位率变化", "应报", "已报", "迟报", "未报"), reporting));
        List<RateLine> prefectures = r.byPrefecture() == null ? List.of() : r.byPrefecture();
        body.add(new Heading("三、各市州推进情况"));
        body.add(rateTable("表3 各市州履约率、开工率、资金到位率", "市州", prefectures, null));
        body.add(chart("图2 各市州履约率、资金到位率与目标", prefectures, m));
        body.add(new Heading("四、存在的问题"));
        List<QuarterlyReport.ProblemLine> problems = r.problems() == null ? List.of() : r.problems();
        if (problems.isEmpty()) {
            body.add(new Paragraph("本季度各责任单位未报送存在的问题。"));
        } else {
            body.add(new Table("表4 各责任单位报送的存在的问题", List.of("序号", "责任单位", "项目", "月份", "存在的问题"),
                    problems.stream().map(p -> List.of(String.valueOf(p.seq()), p.unit(), p.project(), p.period(),
                            p.problems())).toList()));
        }
        body.add(new Paragraph("数据口径：各率按" + r.generatedAt().atZone(ClockProducer.ZONE).toLocalDate()
                + "生成时已报送的月报计算（第" + v.version() + "版）。"));
        return new OfficialDocument(title, "省政府", body, List.of(), ISSUER,
                v.builtAt().atZone(ClockProducer.ZONE).toLocalDate(),
                title + "-" + r.quarter() + "-v" + v.version());
    }

    private static Table rateTable(String caption, String key, List<RateLine> lines, List<String> prefectures) {
        List<String> head = new ArrayList<>(List.of(key));
        if (prefectures != null) {
            head.add("市州");
        }
        head.addAll(List.of("项目数", "履约数", "开工数", "到位资金（亿元）", "总投资（亿元）", "履约率（%）", "开工率（%）",
                "资金到位率（%）", "履约率评价", "开工率评价", "资金到位率评价"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RateLine l = lines.get(i);
            List<String> row = new ArrayList<>(List.of(l.key()));
            if (prefectures != null) {
                row.add(prefectures.get(i));
            }
            RateLine.Versus vs = l.versus();
            row.addAll(List.of(String.valueOf(l.projects()), String.valueOf(l.contracted()), String.valueOf(l.started()),
                    f(l.fundsInPlace()), f(l.totalInvestment()), f(l.contractFulfilmentRate()),
                    f(l.constructionStartRate()), f(l.fundsInPlaceRate()),
                    vs == null ? "—" : gap(vs.contractFulfilment()), vs == null ? "—" : gap(vs.constructionStart()),
                    vs == null ? "—" : gap(vs.fundsInPlace())));
            rows.add(row);
        }
        return new Table(caption, head, rows);
    }

    private static Chart chart(String title, List<RateLine> lines, Rates.Milestone m) {
        List<String> names = lines.stream().map(RateLine::key).toList();
        List<Series> series = new ArrayList<>();
        series.add(new Series("履约率", values(lines, RateLine::contractFulfilmentRate)));
        if (m != null) {
            series.add(new Series("履约率目标（" + m.dueDate() + "）", lines.stream().map(l -> m.contractFulfilmentRate()).toList()));
        }
        series.add(new Series("资金到位率", values(lines, RateLine::fundsInPlaceRate)));
        if (m != null) {
            series.add(new Series("资金到位率目标（" + m.dueDate() + "）", lines.stream().map(l -> m.fundsInPlaceRate()).toList()));
        }
        return new Chart(title, "%", names, series);
    }

    private static List<BigDecimal> values(List<RateLine> lines, Function<RateLine, BigDecimal> f) {
        return lines.stream().map(f).toList();
    }

    /** 已达标（+1.05个百分点） / 未达标（-3.00个百分点）: the label as stored and the exact gap. */
    private static String gap(RateLine.Gap g) {
        if (g == null) {
            return "—";
        }
        return g.statusLabel() + "（目标" + f(g.target()) + "%，差" + f(g.gap()) + "个百分点）";
    }

    private static String f(BigDecimal v) {
        return OfficialDocument.figure(v);
    }

    private int edition(long fairId) {
        List<?> e = em.createNativeQuery("select edition from fair where id = ?1").setParameter(1, fairId)
                .getResultList();
        return e.isEmpty() ? 0 : ((Number) e.get(0)).intValue();
    }

    /** 18 → 十八 (editions of the fair, 1–99). */
    static String numeral(int n) {
        String[] d = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n <= 0 || n > 99) {
            return String.valueOf(n);
        }
        return n < 10 ? d[n] : (n / 10 == 1 ? "" : d[n / 10]) + "十" + d[n % 10];
    }
}
