package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.actual;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.report;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** 135号: a monthly report's period, figures and dates are refused when they cannot be right, naming the field. */
@QuarkusTest
class ReportSenseTest {

    @Test
    void rejectsAPeriodAfterTheOffensive() {
        post(Tokens.reporter("省财政厅"), "/api/v1/tasks/25/reports", report("2030-12", "支出执行。", "[]"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("field", equalTo("period")).body("detail", containsString("2030-12 已在攻势之后"));
    }

    @Test
    void rejectsANegativeCountOfFirms() {
        post(Tokens.reporter("省科技厅"), "/api/v1/tasks/17/reports",
                report("2017-10", "科技型企业。", "[" + actual("17-tech-firms", "-7", "2017-10-31") + "]"))
                .then().statusCode(422).body("field", equalTo("actuals[0].value"));
    }

    @Test
    void rejectsFiguresDatedFarOutsideTheReportedMonth() {
        for (String asOf : new String[] {"2017-01-02", "2030-01-01"}) {
            post(Tokens.reporter("省商务厅"), "/api/v1/tasks/34/reports",
                    report("2017-10", "社零增长。", "[" + actual("34-retail", "9.1", asOf) + "]"))
                    .then().statusCode(422).body("field", equalTo("actuals[0].asOf"))
                    .body("detail", containsString("2017-09-01 至 2017-10-31 之间"));
        }
    }
}
