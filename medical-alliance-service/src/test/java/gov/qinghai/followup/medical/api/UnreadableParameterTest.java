package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.problem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A query parameter that cannot be read as its type is 400 problem+json naming it (RESTEasy Reactive alone
 * answers 404 "HTTP 404 Not Found", as if the endpoint did not exist); a path id that is no number stays 404.
 */
@QuarkusTest
class UnreadableParameterTest {

    @Test
    void aPageSizeBeyondAnIntIsA400NamingSizeAndItsRange() {
        problem(get(Tokens.supervisor(), "/api/v1/referrals?size=632725194187416180"), 400)
                .body("type", equalTo("/problems/invalid-field"))
                .body("field", equalTo("size"))
                .body("detail", containsString("从 1 到 200 的整数"))
                .body("detail", not(containsString("632725194187416180")))
                .body("violations[0].field", equalTo("size"))
                .body("violations[0].in", equalTo("query"))
                .body("violations[0].message", equalTo("must be a whole number from 1 to 200"));
    }

    @Test
    void anUnknownReferralStatusIsA400ListingTheStatuses() {
        problem(get(Tokens.supervisor(), "/api/v1/referrals?status=NOT_A_STATUS"), 400)
                .body("field", equalTo("status"))
                .body("violations[0].message",
                        equalTo("must be one of REQUESTED, ACCEPTED, REJECTED, IN_PROGRESS, COMPLETED, CANCELLED, "
                                + "ON_HOLD, FAILED, ENTERED_IN_ERROR"));
    }

    @Test
    void anInstitutionIdThatIsNoNumberIsA400() {
        problem(get(Tokens.supervisor(), "/api/v1/referrals?toInstitutionId=abc"), 400)
                .body("field", equalTo("toInstitutionId"))
                .body("violations[0].message", equalTo("must be a whole number (64-bit)"));
    }

    @Test
    void anImpossibleDateOrDateTimeIsA400NamingIt() {
        problem(get(Tokens.viewer(), "/api/v1/referrals/statistics?from=2017-02-30&to=2017-03-31"), 400)
                .body("field", equalTo("from"))
                .body("violations[0].message", equalTo("must be a date like 2017-10-05"));
        problem(get(Tokens.viewer(), "/api/v1/referrals/statistics?from=2017-02-01&to=2017-03-31&asOf=yesterday"), 400)
                .body("field", equalTo("asOf"));
    }

    @Test
    void aGarbledOutOfAllianceFlagIsA400NamingItNotReadAsFalse() {
        // Boolean.valueOf read "maybe" as false and answered 200 with the in-alliance referrals
        for (String garbled : new String[] {"maybe", "yes", "1", "2", "t"}) {
            problem(get(Tokens.supervisor(), "/api/v1/referrals?outOfAlliance=" + garbled), 400)
                    .body("type", equalTo("/problems/invalid-field"))
                    .body("field", equalTo("outOfAlliance"))
                    .body("detail", containsString("必须是true 或 false"))
                    .body("violations[0].field", equalTo("outOfAlliance"))
                    .body("violations[0].in", equalTo("query"))
                    .body("violations[0].message", equalTo("must be true or false"));
        }
    }

    @Test
    void trueAndFalseAreReadWhateverTheirCase() {
        Api.CountyCommunity c = Api.countyCommunity();
        post(Tokens.admin(), "/api/v1/referrals", c.upJson(false)).then().statusCode(201)
                .body("outOfAlliance", equalTo(false));
        String mine = "/api/v1/referrals?fromInstitutionId=" + c.township() + "&outOfAlliance=";
        for (String no : new String[] {"false", "FALSE", "False"}) {
            get(Tokens.supervisor(), mine + no).then().statusCode(200).body("total", equalTo(1));
        }
        for (String yes : new String[] {"true", "TRUE", "True"}) {
            get(Tokens.supervisor(), mine + yes).then().statusCode(200).body("total", equalTo(0));
        }
        get(Tokens.supervisor(), mine).then().statusCode(200).body("total", equalTo(1)); // empty: no filter
    }

    @Test
    void aPageSizeOutOfRangeIsReportedAsTheQueryParameterItIs() {
        // Bean Validation of the @BeanParam PageQuery said in: "body" (resteasy-problem only places direct parameters)
        problem(get(Tokens.supervisor(), "/api/v1/referrals?size=0"), 400)
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("size"))
                .body("violations[0].in", equalTo("query"))
                .body("violations[0].message", equalTo("must be greater than or equal to 1"));
        problem(get(Tokens.supervisor(), "/api/v1/referrals?page=-1&size=201"), 400)
                .body("violations.in", everyItem(equalTo("query")))
                .body("violations.field", containsInAnyOrder("page", "size"));
    }

    @Test
    void aReferralIdThatIsNoNumberIsStillNotFoundButSaysWhy() {
        problem(get(Tokens.supervisor(), "/api/v1/referrals/abc"), 404)
                .body("field", equalTo("id"))
                .body("violations[0].in", equalTo("path"));
    }

    @Test
    void anUnknownPathIsStillAPlainNotFound() {
        problem(get(Tokens.viewer(), "/api/v1/no-such-collection?size=abc"), 404)
                .body("field", nullValue());
    }
}
