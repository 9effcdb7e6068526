package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.Task;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskSummary", description = "A task in a list")
public record TaskSummaryView(
        @Schema(example = "21") int number,
        @Schema(example = "三") String groupNumeral,
        @Schema(example = "9月前完成132万吨煤炭产能压减任务，并妥善安置企业职工，……") String text,
        @Schema(example = "省经济和信息化委") String leadWording,
        @Schema(example = "省国资委、省财政厅、省人力资源社会保障厅等") String responsibleWording,
        @Schema(example = "2017-09-30", description = "the date its text states, else the offensive's end (三季度)")
        java.time.LocalDate deadline) {

    static TaskSummaryView of(Task t) {
        return new TaskSummaryView(t.number, t.group.numeral, t.text, t.leadWording, t.responsibleWording, t.deadline);
    }
}
