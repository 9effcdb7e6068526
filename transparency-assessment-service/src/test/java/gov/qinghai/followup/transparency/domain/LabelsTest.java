package gov.qinghai.followup.transparency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.labels.LabelCoverage;
import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.transparency.report.AnnualReports;
import gov.qinghai.followup.transparency.service.PilotService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every value and heading a person reads has its Chinese label (labels.properties). */
class LabelsTest {

    @Test
    void everyEnumAndStatusThatReachesAPersonHasAChineseLabel() {
        LabelCoverage.assertEveryConstantLabelled(SubjectKind.class, AssessmentStage.class, ItemCategory.class,
                Grade.class, WorkingDays.DayKind.class, DisclosureTimeliness.Applied.class,
                Statuses.RoundStatus.class, Statuses.RoutineKind.class, Statuses.RoutineMethod.class,
                Statuses.RectificationStatus.class, Statuses.MilestoneCode.class, Statuses.MilestoneStatus.class,
                Statuses.AreaSource.class, Statuses.ChecklistState.class);
    }

    @Test
    void theGradeLabelsAreThoseOfTheNotice() {
        // 137号 第十一条: 优秀、良好、合格、不合格; the enum's own label and the table agree
        for (Grade g : Grade.values()) {
            assertEquals(g.label, Labels.get().of(g));
        }
    }

    /** The status enums hold exactly the values their columns' check constraints allow (latest migration wins). */
    @Test
    void theStatusEnumsHoldTheValuesTheirColumnsAllow() throws IOException {
        assertEquals(names(Statuses.RoundStatus.class), allowed("V2__assessment_pilot_calendar.sql", "status", "'OPEN', 'CONCLUDED'"));
        assertEquals(names(Statuses.RoutineKind.class), allowed("V2__assessment_pilot_calendar.sql", "kind", "'PROBLEM'"));
        assertEquals(names(Statuses.RoutineMethod.class), allowed("V2__assessment_pilot_calendar.sql", "method", "'DAILY_RECORD'"));
        assertEquals(names(Statuses.RectificationStatus.class), allowed("V132__undo_and_verification.sql", "status", "'REPORTED'"));
        assertEquals(names(Statuses.MilestoneCode.class), allowed("V2__assessment_pilot_calendar.sql", "code", "'PLAN_FILED'"));
        assertEquals(names(Statuses.MilestoneStatus.class), allowed("V2__assessment_pilot_calendar.sql", "status", "'PENDING'"));
        assertEquals(names(Statuses.AreaSource.class), allowed("V2__assessment_pilot_calendar.sql", "source", "'ATTACHMENT'"));
        assertEquals(names(SubjectKind.class), allowed("V134__subject_levels_and_result_submission.sql", "kind", "'PUBLIC_ENTERPRISE'"));
    }

    @Test
    void exportHeadingsComeFromTheLabelTable() {
        assertEquals(List.of("排名", "考核对象", "类别", "基础分(百分制)", "加分", "减分", "直接归零", "总分", "等级",
                "第三方评估", "网络评议"), AnnualReports.REPORT_COLUMNS);
        assertEquals(List.of("考核对象", "问题条数", "成绩条数", "核减分", "核加分", "净分"), AnnualReports.BULLETIN_COLUMNS);
        assertEquals(List.of("试点内容", "名称", "依据", "内容", "主体", "时限", "方式", "要求"), PilotService.COLUMNS);
        assertTrue(Labels.get().all().keySet().stream().filter(k -> k.startsWith("column."))
                .allMatch(k -> !Labels.get().all().get(k).isBlank()));
    }

    private static List<String> names(Class<? extends Enum<?>> e) {
        return Arrays.stream(e.getEnumConstants()).map(Enum::name).toList();
    }

    /** The values of the check constraint "column in (…)" of the migration that contains the marker value. */
    private static List<String> allowed(String migration, String column, String marker) throws IOException {
        String sql;
        try (InputStream in = LabelsTest.class.getResourceAsStream("/db/migration/" + migration)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("check \\(" + column + " in \\(([^)]*)\\)\\)").matcher(sql);
        while (m.find()) {
            if (m.group(1).contains(marker)) {
                return Arrays.stream(m.group(1).split(",")).map(s -> s.trim().replace("'", "")).toList();
            }
        }
        throw new AssertionError("no check (" + column + " in (…" + marker + "…)) in " + migration);
    }
}
