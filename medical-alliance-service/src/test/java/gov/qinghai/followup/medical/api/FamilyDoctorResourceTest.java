package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.problem;
import static gov.qinghai.followup.medical.support.Api.send;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** 140号 三(二)3: 2017 30 % (重点人群 60 %), 2018 50 % (85 %); figures per 市州 and month. */
@QuarkusTest
class FamilyDoctorResourceTest {

    @Test
    void comparesCoverageWithTheTargetsOf2017And2018() {
        // 2017-12: 西宁市 35 % / 64 % meets both; the other seven 25 % / 55 % meet neither.
        post(Tokens.reporter("西宁市卫生计生委"), "/api/v1/family-doctor/figures", figure(1, "2017-12", 2_000_000, 700_000,
                500_000, 320_000)).then().statusCode(201).body("coveragePct", equalTo(35.0f));
        for (int p = 2; p <= 8; p++) {
            post(Tokens.admin(), "/api/v1/family-doctor/figures", figure(p, "2017-12", 500_000, 125_000, 100_000, 55_000))
                    .then().statusCode(201);
        }
        // 2018: an earlier month is superseded by each 市州's latest one
        post(Tokens.admin(), "/api/v1/family-doctor/figures", figure(1, "2018-06", 500_000, 100_000, 100_000, 10_000))
                .then().statusCode(201);
        for (int p = 1; p <= 8; p++) {
            post(Tokens.admin(), "/api/v1/family-doctor/figures", figure(p, "2018-12", 500_000, 260_000, 100_000, 86_000))
                    .then().statusCode(201);
        }
        get(Tokens.viewer(), "/api/v1/family-doctor/coverage?year=2017").then().statusCode(200)
                .body("target.overallPct", equalTo(30)).body("target.keyPopulationPct", equalTo(60))
                .body("prefectures[0].prefecture", equalTo("西宁市"))
                .body("prefectures[0].meetsTarget", equalTo(true))
                .body("prefectures[0].meetsKeyTarget", equalTo(true))
                .body("prefectures[7].coveragePct", equalTo(25.0f))
                .body("prefectures[7].meetsTarget", equalTo(false))
                .body("province.population", equalTo(5_500_000))
                .body("province.coveragePct", equalTo(28.64f))
                .body("province.keyCoveragePct", equalTo(58.75f))
                .body("province.meetsTarget", equalTo(false))
                .body("complete", equalTo(true));
        get(Tokens.viewer(), "/api/v1/family-doctor/coverage?year=2018").then().statusCode(200)
                .body("target.overallPct", equalTo(50)).body("target.keyPopulationPct", equalTo(85))
                .body("prefectures[0].period", equalTo("2018-12"))
                .body("province.coveragePct", equalTo(52.0f))
                .body("province.keyCoveragePct", equalTo(86.0f))
                .body("province.meetsTarget", equalTo(true))
                .body("province.meetsKeyTarget", equalTo(true));
        get(Tokens.viewer(), "/api/v1/family-doctor/coverage?year=2020").then().statusCode(200)
                .body("target.fullCoverage", equalTo(true)).body("target.overallPct", nullValue())
                .body("complete", equalTo(false));
    }

    @Test
    void servesTheTargetsParsedFromTheNotice() {
        get(Tokens.viewer(), "/api/v1/family-doctor/targets").then().statusCode(200)
                .body("size()", equalTo(3)).body("[1].year", equalTo(2018)).body("[1].overallPct", equalTo(50));
    }

    @Test
    void letsAHealthBureauReportOnlyItsOwnPrefecture() {
        problem(post(Tokens.reporter("西宁市卫生计生委"), "/api/v1/family-doctor/figures",
                figure(7, "2016-03", 200_000, 10_000, 50_000, 5_000)), 403);
        problem(post(Tokens.viewer(), "/api/v1/family-doctor/figures",
                figure(7, "2016-03", 200_000, 10_000, 50_000, 5_000)), 403);
    }

    @Test
    void refusesImpossibleFiguresDuplicatesAndStaleUpdates() {
        problem(post(Tokens.admin(), "/api/v1/family-doctor/figures", figure(6, "2016-04", 100, 200, 10, 5)), 422)
                .body("field", equalTo("contracted"));
        problem(post(Tokens.admin(), "/api/v1/family-doctor/figures", figure(6, "2016-13", 100, 20, 10, 5)), 400)
                .body("violations[0].field", equalTo("period"));
        Response created = post(Tokens.admin(), "/api/v1/family-doctor/figures", figure(6, "2016-04", 100, 20, 10, 5));
        created.then().statusCode(201);
        long id = created.jsonPath().getLong("id");
        problem(post(Tokens.admin(), "/api/v1/family-doctor/figures", figure(6, "2016-04", 100, 20, 10, 5)), 409);
        send("PUT", Tokens.reporter("黄南州卫生计生委"), "/api/v1/family-doctor/figures/" + id,
                figure(6, "2016-04", 100, 30, 10, 5).replace("}", ",\"version\":0}")).then().statusCode(200);
        problem(send("PUT", Tokens.admin(), "/api/v1/family-doctor/figures/" + id,
                figure(6, "2016-04", 100, 40, 10, 5).replace("}", ",\"version\":0}")), 409).body("field", equalTo("version"));
    }

    @Test
    void requiresAYear() {
        problem(get(Tokens.viewer(), "/api/v1/family-doctor/coverage"), 400);
    }

    static String figure(long prefecture, String period, long pop, long contracted, long key, long contractedKey) {
        return String.format("{\"prefectureId\":%d,\"period\":\"%s\",\"population\":%d,\"contracted\":%d,"
                + "\"keyPopulation\":%d,\"contractedKey\":%d}", prefecture, period, pop, contracted, key, contractedKey);
    }
}
