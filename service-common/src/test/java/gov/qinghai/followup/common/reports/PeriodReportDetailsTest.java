package gov.qinghai.followup.common.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gov.qinghai.followup.common.input.DateWindow;
import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.ProblemLanguage;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** service-common's own refusals say what is wrong in Chinese by default and in English when asked. */
class PeriodReportDetailsTest {

    private static String render(HttpProblem p, ProblemLanguage language) {
        return ((Detail) p.getParameters().get(Problems.DETAIL_KEY)).render(language);
    }

    @Test
    void anUnknownFormatIsRefusedInTheRequestsLanguage() {
        HttpProblem p = assertThrows(HttpProblem.class, () -> PeriodReportEndpoints.format("xml", null));
        assertEquals("format", p.getParameters().get("field"));
        assertEquals("format 必须是 json、csv、xlsx、docx 或 pdf", render(p, ProblemLanguage.ZH));
        assertEquals("format must be json, csv, xlsx, docx or pdf", render(p, ProblemLanguage.EN));
    }

    @Test
    void aPeriodOutsideTheWindowIsDescribedInTheRequestsLanguage() {
        DateWindow w = new DateWindow(LocalDate.of(2017, 1, 1), LocalDate.of(2031, 12, 31));
        Detail why = w.requirement("2016-Q4", Window.Kind.QUARTER).orElseThrow();
        assertEquals("必须是2017-Q1 至 2031-Q4 之间形如 2017-Q3 的季度", why.render(ProblemLanguage.ZH));
        assertEquals("must be a quarter like 2017-Q3 from 2017-Q1 to 2031-Q4", why.render(ProblemLanguage.EN));
        HttpProblem p = Problems.badRequest("period", Detail.of("common.reports.period", "period of a {0} report {1}",
                "quarterly", why));
        assertEquals("quarterly 报告的期间必须是2017-Q1 至 2031-Q4 之间形如 2017-Q3 的季度", render(p, ProblemLanguage.ZH));
        assertEquals("period of a quarterly report must be a quarter like 2017-Q3 from 2017-Q1 to 2031-Q4",
                render(p, ProblemLanguage.EN));
    }
}
