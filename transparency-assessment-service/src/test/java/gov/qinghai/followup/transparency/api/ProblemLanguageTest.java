package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static org.hamcrest.Matchers.equalTo;

import gov.qinghai.followup.common.testing.ProblemLanguageChecks;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Problem answers in Chinese by default, English on request: the test-jar's {@link ProblemLanguageChecks}, on the
 * admin outbox list's {@code size=abc}.
 */
@QuarkusTest
class ProblemLanguageTest extends ProblemLanguageChecks {
    /** No test concludes a 2024 round: its annual report cannot be built. */
    private static final String ANNUAL_2024 = "/api/v1/period-reports/annual/2024/regenerate";

    /** Transparency's own detail (problem-details_zh/en), its argument filled in, in either language. */
    @Test
    void anAnnualReportWithoutAConcludedRoundIsRefusedInChineseByDefaultAndInEnglishOnRequest() {
        problem(as(Tokens.admin()).body(Map.of("reason", "x")).post(ANNUAL_2024), 422)
                .header("Content-Language", "zh-CN").body("type", equalTo("/problems/unprocessable"))
                .body("field", equalTo("period")).body("title", equalTo("无法处理的内容"))
                .body("detail", equalTo("2024 年没有已完成的考核：年度报告载明已完成的考核轮次的结果"));
        problem(as(Tokens.admin()).header("Accept-Language", "en").body(Map.of("reason", "x")).post(ANNUAL_2024), 422)
                .header("Content-Language", "en").body("type", equalTo("/problems/unprocessable"))
                .body("field", equalTo("period")).body("title", equalTo("Unprocessable Content"))
                .body("detail", equalTo("no concluded assessment round for 2024: the annual report holds a concluded"
                        + " round's results"));
    }
}
