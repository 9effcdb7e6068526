package gov.qinghai.followup.transparency.service.views;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.transparency.domain.CalendarDay;
import gov.qinghai.followup.transparency.domain.DisclosureRecord;
import gov.qinghai.followup.transparency.domain.WorkingDays;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DTOs of disclosure timeliness and the holiday calendar. */
public final class DisclosureViews {
    private DisclosureViews() {
    }

    @Schema(name = "DisclosureInput")
    public record Input(
            @NotNull @Schema(example = "1") Long subjectId,
            @NotBlank @Size(max = 500) @Schema(example = "西宁市2017年第三季度财政预算执行情况") String title,
            @NotNull @Schema(example = "2017-09-22", description = "when the information was produced (形成)")
            LocalDate producedOn,
            @Schema(example = "2017-10-20") LocalDate publishedOn) {
    }

    @Schema(name = "Publication")
    public record Publication(
            @NotNull @Schema(example = "2017-10-20") LocalDate publishedOn,
            @NotNull @Schema(example = "0") Long version) {
    }

    @Schema(name = "Disclosure")
    public record View(
            @Schema(example = "100") Long id,
            @Schema(example = "1") Long subjectId,
            @Schema(example = "西宁市2017年第三季度财政预算执行情况") String title,
            @Schema(example = "2017-09-22") LocalDate producedOn,
            @Schema(example = "2017-10-20") LocalDate publishedOn,
            @Schema(example = "2017-10-26") LocalDate deadline,
            @Schema(example = "true", description = "null while unpublished") Boolean onTime,
            @Schema(description = "start, days counted, skipped dates, 调休 days counted") Object explanation,
            @Schema(example = "0") long version) {
        public static View of(DisclosureRecord r, Object explanation) {
            return new View(r.id, r.subjectId, r.title, r.producedOn, r.publishedOn, r.deadline, r.onTime(),
                    explanation, r.version);
        }
    }

    @Schema(name = "OnTimeRate", description = "Per subject; feeds item 4 (20 个工作日内主动公开)")
    public record Rate(
            @Schema(example = "1") Long subjectId,
            @Schema(example = "西宁市政府") String subject,
            @Schema(example = "10") long records,
            @Schema(example = "8") long published,
            @Schema(example = "7") long onTime,
            @Schema(example = "1") long late,
            @Schema(example = "1") long openOverdue,
            @Schema(example = "87.5", description = "onTime / published × 100, one decimal; null if none published")
            BigDecimal onTimeRate) {
    }

    /** The shape of {@code Page<Year>}, named for the document (a generic type cannot be named in an annotation). */
    @Schema(name = "CalendarYearPage")
    public record YearPage(List<Year> items, int page, int size, long total, int totalPages) {
    }

    @Schema(name = "CalendarYear", description = "A year whose State Council holiday notice the calendar holds")
    public record Year(
            @Schema(example = "2026") int year,
            @Schema(example = "国办发明电〔2025〕7号") String notice,
            @Schema(example = "国务院办公厅关于2026年部分节假日安排的通知") String title,
            @Schema(example = "2022-12-31 (元旦 2023) is in this notice") String note,
            @Schema(example = "seed V131") String loadedBy,
            java.time.Instant loadedAt) {
    }

    @Schema(name = "CalendarDay")
    public record Day(
            @Schema(example = "2017-09-30") LocalDate day,
            @Schema(example = "MAKEUP_WORKDAY") WorkingDays.DayKind kind,
            @Schema(example = "调休上班") String kindLabel,
            @Schema(example = "国庆节、中秋节调休上班") String name,
            @Schema(example = "国办发明电〔2016〕5号") String source,
            @Schema(example = "0") long version) {
        public static Day of(CalendarDay d) {
            return new Day(d.day, d.kind, Labels.get().of(d.kind), d.name, d.source, d.version);
        }
    }

    @Schema(name = "CalendarDayInput")
    public record DayInput(
            @NotNull @Schema(example = "HOLIDAY") WorkingDays.DayKind kind,
            @NotBlank @Size(max = 100) @Schema(example = "国庆节") String name,
            @Schema(example = "0", description = "required when the day already exists") Long version) {
    }

    @Schema(name = "CalendarChange")
    public record Change(
            @Schema(example = "3", description = "open disclosure deadlines that moved") int recomputed) {
    }
}
