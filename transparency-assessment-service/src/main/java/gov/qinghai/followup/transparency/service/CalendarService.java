package gov.qinghai.followup.transparency.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.input.DateWindows;
import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.transparency.domain.CalendarDay;
import gov.qinghai.followup.transparency.domain.CalendarYear;
import gov.qinghai.followup.transparency.domain.HolidayNotice;
import gov.qinghai.followup.transparency.domain.DisclosureRecord;
import gov.qinghai.followup.transparency.domain.WorkingDays;
import gov.qinghai.followup.transparency.domain.WorkingDays.DayKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The holiday calendar (holidays and 调休 working days) and the 20-working-day deadlines it drives. */
@ApplicationScoped
public class CalendarService {
    @Inject
    java.time.Clock clock;
    @Inject
    ObjectMapper json;
    @Inject
    CurrentUser user;

    public record ImportResult(int holidays, int makeupWorkdays, int recomputed, Integer year, String notice) {
    }

    /**
     * The 20-working-day deadline of a production date; 422 naming {@code field} when the count reaches a year whose
     * holiday notice the calendar does not hold (it would otherwise count 元旦 or 国庆 as working days).
     */
    public WorkingDays.Deadline deadline(LocalDate producedOn, String field) {
        Map<LocalDate, DayKind> kinds = new HashMap<>();
        Map<LocalDate, String> names = new HashMap<>();
        // the calendar is a small reference table (tens of rows a year): read whole for the day-by-day rule
        for (CalendarDay d : CalendarDay.<CalendarDay>listAll()) {
            kinds.put(d.day, d.kind);
            names.put(d.day, d.name);
        }
        try {
            return WorkingDays.deadline(producedOn, WorkingDays.DISCLOSURE_DAYS, kinds, names, CalendarYear.held());
        } catch (WorkingDays.YearNotHeld e) {
            throw Problems.unprocessable(field, Detail.of("tr.calendar.load-notice", "{0}. An admin loads the {1}"
                    + " notice when it is published (POST /api/v1/calendar/notices?year={1})", e.why, e.year));
        }
    }

    public void applyDeadline(DisclosureRecord r) {
        WorkingDays.Deadline d = deadline(r.producedOn, "producedOn");
        r.deadline = d.deadline();
        try {
            r.explanation = json.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After a calendar change: every disclosure not yet published gets its deadline recomputed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeOpen() {
        List<DisclosureRecord> open = DisclosureRecord.list("publishedOn is null");
        int changed = 0;
        for (DisclosureRecord r : open) {
            LocalDate before = r.deadline;
            applyDeadline(r);
            if (!r.deadline.equals(before)) {
                changed++;
            }
        }
        return changed;
    }

    @Transactional
    public int put(LocalDate day, DayKind kind, String name, Long version) {
        CalendarDay d = CalendarDay.findById(day);
        if (d == null) {
            d = new CalendarDay();
            d.day = day;
        } else if (version == null) {
            throw Problems.badRequest("version", Detail.of("tr.calendar.day-exists",
                    "calendar day {0} exists: send the version you read", day));
        } else if (d.version != version) {
            throw Problems.staleVersion("calendar day " + day, version, d.version);
        }
        d.kind = kind;
        d.name = name;
        d.source = d.source == null ? "admin" : d.source;
        d.persist();
        CalendarDay.flush();
        return recomputeOpen();
    }

    @Transactional
    public int delete(LocalDate day) {
        CalendarDay d = CalendarDay.<CalendarDay>findByIdOptional(day)
                .orElseThrow(() -> Problems.notFound("calendar day", day));
        d.delete();
        CalendarDay.flush();
        return recomputeOpen();
    }

    /**
     * iCalendar (RFC 5545) import: each VEVENT with an all-day DTSTART (DTEND exclusive) becomes HOLIDAY days,
     * or MAKEUP_WORKDAY days when its SUMMARY says 班 (上班/补班, the usual wording of 调休 working days) or its
     * CATEGORIES contains WORKDAY. Existing days are overwritten.
     */
    @Transactional
    public ImportResult importIcs(String text, Integer year, String notice) {
        if ((year == null) != (notice == null || notice.isBlank())) {
            throw Problems.badRequest(year == null ? "year" : "notice", Detail.of("tr.calendar.year-with-notice",
                    "year and notice go together: the year whose holiday notice the file holds, and that notice's"
                            + " document number"));
        }
        List<String> lines = unfold(text);
        if (lines.stream().noneMatch(l -> l.startsWith("BEGIN:VCALENDAR"))) {
            throw Problems.badRequest("body", Detail.of("tr.calendar.not-ics", "not an iCalendar file (no BEGIN:VCALENDAR)"));
        }
        int holidays = 0;
        int makeup = 0;
        Map<String, String> ev = null;
        for (String l : lines) {
            if (l.equals("BEGIN:VEVENT")) {
                ev = new HashMap<>();
            } else if (l.equals("END:VEVENT") && ev != null) {
                LocalDate start = date(ev.get("DTSTART"), "DTSTART");
                LocalDate end = ev.containsKey("DTEND") ? date(ev.get("DTEND"), "DTEND") : start.plusDays(1);
                // one day stored per day of the event: both ends in the window of dates, so the work is bounded
                inWindow("DTSTART", start);
                inWindow("DTEND", end.minusDays(1));
                String summary = ev.getOrDefault("SUMMARY", "");
                boolean work = summary.contains("班") || ev.getOrDefault("CATEGORIES", "").toUpperCase()
                        .contains("WORKDAY");
                for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
                    CalendarDay day = CalendarDay.findById(d);
                    if (day == null) {
                        day = new CalendarDay();
                        day.day = d;
                    }
                    day.kind = work ? DayKind.MAKEUP_WORKDAY : DayKind.HOLIDAY;
                    day.name = summary.isBlank() ? (work ? "调休上班" : "假日") : summary;
                    day.source = "iCalendar import";
                    day.persist();
                    if (work) {
                        makeup++;
                    } else {
                        holidays++;
                    }
                }
                ev = null;
            } else if (ev != null) {
                int colon = l.indexOf(':');
                if (colon > 0) {
                    String key = l.substring(0, colon);
                    int semi = key.indexOf(';');
                    ev.put(semi > 0 ? key.substring(0, semi) : key, l.substring(colon + 1).replace("\\,", ","));
                }
            }
        }
        if (year != null) {
            hold(year, notice, "iCalendar import");
        }
        CalendarDay.flush();
        return new ImportResult(holidays, makeup, recomputeOpen(), year, notice);
    }

    /**
     * Loads a year from its notice's own list of dates ({@link HolidayNotice}): the days are written (existing ones
     * overwritten) with the notice as their source, and the year is held from then on.
     */
    @Transactional
    public ImportResult importNotice(int year, String notice, String text) {
        List<HolidayNotice.Day> days;
        try {
            days = HolidayNotice.parse(year, text);
        } catch (HolidayNotice.Invalid e) {
            throw Problems.unprocessable("body", e.detail);
        }
        int holidays = 0;
        int makeup = 0;
        for (HolidayNotice.Day x : days) {
            CalendarDay day = CalendarDay.findById(x.day());
            if (day == null) {
                day = new CalendarDay();
                day.day = x.day();
            }
            day.kind = x.kind();
            day.name = x.name();
            day.source = notice;
            day.persist();
            if (x.kind() == DayKind.HOLIDAY) {
                holidays++;
            } else {
                makeup++;
            }
        }
        hold(year, notice, null);
        CalendarDay.flush();
        return new ImportResult(holidays, makeup, recomputeOpen(), year, notice);
    }

    private void hold(int year, String notice, String note) {
        CalendarYear y = CalendarYear.findById(year);
        if (y == null) {
            y = new CalendarYear();
            y.year = year;
        }
        y.notice = notice;
        y.title = "国务院办公厅关于" + year + "年部分节假日安排的通知";
        y.note = note;
        y.loadedBy = user.name();
        y.loadedAt = Instant.now(clock);
        y.persist();
    }

    private static void inWindow(String field, LocalDate d) {
        DateWindows.current().window().violation(d, Window.Kind.DATE).ifPresent(why -> {
            throw Problems.badRequest(field, Detail.of("detail.outside-window-field", "field '{0}' {1}", field, why));
        });
    }

    private static LocalDate date(String v, String field) {
        if (v == null || v.length() < 8) {
            throw Problems.badRequest(field, Detail.of("tr.calendar.all-day", "VEVENT needs an all-day {0} (yyyyMMdd)",
                    field));
        }
        try {
            return LocalDate.parse(v.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (RuntimeException e) {
            throw Problems.badRequest(field, Detail.of("tr.calendar.unreadable-date", "cannot read {0} '{1}'", field, v));
        }
    }

    private static List<String> unfold(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").split("\n")) {
            if ((raw.startsWith(" ") || raw.startsWith("\t")) && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + raw.substring(1));
            } else {
                out.add(raw.trim());
            }
        }
        return out;
    }
}
