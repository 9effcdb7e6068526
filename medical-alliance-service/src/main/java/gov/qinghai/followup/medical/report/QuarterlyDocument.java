package gov.qinghai.followup.medical.report;

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

/**
 * The quarterly report per 市州 as the document the 卫生计生委 sends to the provincial government on 140号's targets:
 * the targets quoted (各市州至少建成一个有明显成效的医联体; 家庭医生签约 2017 30 %/重点人群 60 %, 2018 50 %/85 %), the
 * 市州 table with 已达标/未达标, the commission's notes, and a chart of coverage by 市州 against the targets.
 */
public final class QuarterlyDocument {
    static final String TITLE = "关于全省医疗联合体建设和家庭医生签约服务推进情况的报告";
    static final String ISSUER = "青海省卫生和计划生育委员会";
    /** 140号 二 and 三(二)3, quoted. */
    static final String TARGETS = "2017年，在目前已形成医联体格局基础上，全面推进医联体建设，各市州至少建成一个有明显成效的医联体。"
            + "2017年底，全省家庭医生签约服务覆盖率达到30%，重点人群覆盖率达到60%以上。2018年，家庭医生签约服务覆盖率达到50%以上，"
            + "重点人群签约服务覆盖率达到85%以上。";

    private QuarterlyDocument() {
    }

    public static OfficialDocument document(QuarterlyReport r, PeriodReportVersion v) {
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("按照《青海省人民政府办公厅关于印发青海省推进医疗联合体建设和发展实施方案的通知》（青政办〔2017〕140号）要求，"
                + "现将" + r.period() + "（" + r.from() + "至" + r.to() + "）全省医疗联合体建设和家庭医生签约服务推进情况报告如下。"));
        body.add(new Heading("一、目标要求"));
        body.add(new Paragraph("通知明确：" + TARGETS));
        body.add(new Heading("二、各市州推进情况"));
        List<List<String>> rows = new ArrayList<>();
        Labels labels = Labels.get();
        for (QuarterlyReport.Row row : r.rows()) {
            rows.add(QuarterlyReport.cells(row).stream().map(c -> c == null ? "—"
                    : c instanceof Boolean b ? labels.of(Verdict.of(b))
                    : c instanceof BigDecimal d ? d.toPlainString() : c.toString()).toList());
        }
        body.add(new Table("表1 各市州医联体建设、家庭医生签约和双向转诊情况", QuarterlyReport.headers(), rows));
        List<String> names = r.rows().stream().map(QuarterlyReport.Row::prefecture).toList();
        body.add(new Chart("图1 各市州家庭医生签约服务覆盖率与目标", "%", names, List.of(
                new Series("签约覆盖率", r.rows().stream().map(QuarterlyReport.Row::contractingCoveragePct).toList()),
                new Series("签约覆盖率目标", r.rows().stream().map(QuarterlyReport.Row::contractingTargetPct).toList()),
                new Series("重点人群覆盖率", r.rows().stream().map(QuarterlyReport.Row::keyCoveragePct).toList()),
                new Series("重点人群覆盖率目标", r.rows().stream().map(QuarterlyReport.Row::keyTargetPct).toList()))));
        body.add(new Chart("图2 各市州医联体建设情况", "个", names, List.of(
                new Series(labels.heading("established_alliances"), r.rows().stream()
                        .map(x -> BigDecimal.valueOf(x.establishedAlliances())).toList()),
                new Series(labels.heading("effective_alliances"), r.rows().stream()
                        .map(x -> BigDecimal.valueOf(x.effectiveAlliances())).toList()))));
        if (!r.notes().isEmpty()) {
            body.add(new Heading("三、需要说明的情况"));
            r.notes().forEach(n -> body.add(new Paragraph(n)));
        }
        CommissionSection c = r.commission();
        if (c != null) {
            body.add(new Heading(r.notes().isEmpty() ? "三、其他任务进展" : "四、其他任务进展"));
            for (String note : new String[] {c.membershipNote(), c.countyPilotsNote(), c.telemedicineNote(),
                    c.familyDoctorByCounty() == null ? null : c.familyDoctorByCounty().note(),
                    c.indicators() == null ? null : c.indicators().note(),
                    c.rearrangement() == null ? null : c.rearrangement().note()}) {
                if (note != null && !note.isBlank()) {
                    body.add(new Paragraph(note));
                }
            }
        }
        return new OfficialDocument(TITLE, "省政府", body, List.of(), ISSUER,
                v.builtAt().atZone(ClockProducer.ZONE).toLocalDate(), TITLE + "-" + r.period() + "-v" + v.version());
    }
}
