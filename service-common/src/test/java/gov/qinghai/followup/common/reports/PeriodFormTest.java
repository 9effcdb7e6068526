package gov.qinghai.followup.common.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.input.DateWindow;
import io.quarkiverse.resteasy.problem.HttpProblem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The periods of stored reports: their last day (a report is built after it) and the form the URL must have. */
class PeriodFormTest {
    private static final DateWindow WINDOW = DateWindow.of(LocalDate.of(2017, 1, 1), 5, LocalDate.of(2026, 12, 7));

    @Test
    void aQuarterEndsOnTheLastDayOfItsThirdMonth() {
        assertEquals(LocalDate.of(2017, 9, 30), PeriodForm.QUARTER.lastDay("2017-Q3"));
        assertEquals(LocalDate.of(2017, 12, 31), PeriodForm.QUARTER.lastDay("2017-Q4"));
        assertEquals(LocalDate.of(2020, 3, 31), PeriodForm.QUARTER.lastDay("2020-Q1"));
    }

    @Test
    void aYearEndsOnThirtyFirstDecember() {
        assertEquals(LocalDate.of(2017, 12, 31), PeriodForm.YEAR.lastDay("2017"));
    }

    @Test
    void aPeriodOfTheWrongFormOrOutsideTheWindowIsNamed() {
        assertTrue(WINDOW.violation("2017-Q3", PeriodForm.QUARTER.window()).isEmpty());
        assertTrue(WINDOW.violation("2017", PeriodForm.YEAR.window()).isEmpty());
        assertTrue(WINDOW.violation("2017-Q5", PeriodForm.QUARTER.window()).isPresent());
        assertTrue(WINDOW.violation("2017", PeriodForm.QUARTER.window()).isPresent());
        assertTrue(WINDOW.violation("2017-Q3", PeriodForm.YEAR.window()).isPresent());
        assertTrue(WINDOW.violation("2016", PeriodForm.YEAR.window()).isPresent());
        assertTrue(WINDOW.violation("9999-Q4", PeriodForm.QUARTER.window()).isPresent());
    }

    @Test
    void theFormatComesFromTheParameterThenTheAcceptHeaderAndAnythingElseIsNamed() {
        assertEquals("json", PeriodReportEndpoints.format(null, null));
        assertEquals("csv", PeriodReportEndpoints.format("CSV", "application/json"));
        assertEquals("xlsx", PeriodReportEndpoints.format(null, PeriodReportEndpoints.XLSX));
        assertEquals("csv", PeriodReportEndpoints.format(null, "text/csv"));
        assertEquals("docx", PeriodReportEndpoints.format(null, PeriodReportEndpoints.DOCX));
        assertEquals("pdf", PeriodReportEndpoints.format(null, "application/pdf"));
        assertEquals("pdf", PeriodReportEndpoints.format("PDF", null));
        HttpProblem p = assertThrows(HttpProblem.class, () -> PeriodReportEndpoints.format("odt", null));
        assertEquals(400, p.getStatusCode());
        assertEquals("format", p.getParameters().get("field"));
    }
}
