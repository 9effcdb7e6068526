package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.institution;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.problem;
import static gov.qinghai.followup.medical.support.Api.send;
import static gov.qinghai.followup.medical.support.Api.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The alliances seeded from 140号 三(一) and the coverage views of 二 and 三(一)4–5. */
@QuarkusTest
class AllianceResourceTest {

    @Test
    void seedsTheThreeProvincialRegionalAlliancesWithTheirLeads() {
        get(Tokens.viewer(), "/api/v1/alliances?kind=PROVINCIAL_REGIONAL").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.leadName", containsInAnyOrder("青海省人民医院", "青海大学附属医院", "青海省藏医院"))
                .body("items.source", hasItem("青政办〔2017〕140号 三(一)1"))
                .body("items[0].charterMissing", hasItem("governance"));
    }

    @Test
    void seedsTheSpecialtyAlliancesAndTheTelemedicineNetworkOfTheNotice() {
        JsonPath specialty = get(Tokens.viewer(), "/api/v1/alliances?kind=SPECIALTY&size=50").then().statusCode(200)
                .body("total", equalTo(9)).extract().jsonPath();
        org.hamcrest.MatcherAssert.assertThat(specialty.getList("items.specialty"),
                containsInAnyOrder("儿科", "妇产科", "妇幼保健", "呼吸", "儿科", "心血管", "包虫病", "妇产科", "妇幼保健"));
        get(Tokens.viewer(), "/api/v1/alliances?q=包虫病").then()
                .body("items[0].leadName", equalTo("青海大学附属医院"))
                .body("items[0].status", equalTo("PLANNED"))
                .body("items[0].leadBasis", equalTo("inferred: 4 leads and 4 alliances listed in the same order"));
        get(Tokens.viewer(), "/api/v1/alliances?kind=TELEMEDICINE").then()
                .body("total", equalTo(1)).body("items[0].leadName", equalTo("青海省远程会诊中心"));
        get(Tokens.viewer(), "/api/v1/notice-targets?size=50").then()
                .body("items.find { it.code == 'TELEMEDICINE_TOWNSHIP_CENTRES' }.value", equalTo(405))
                .body("items.find { it.code == 'PREFECTURE_GROUPS_EXISTING' }.value", equalTo(7));
    }

    @Test
    void reportsAPrefectureWithoutAnEffectiveAllianceIn2017() {
        long lead = institution(unique("海东市第一人民医院"), "TERTIARY", "PUBLIC", "HOSPITAL", "PREFECTURE", 2L, null);
        long id = alliance(unique("海东市医疗集团"), "PREFECTURE_GROUP", lead, 2L, null, false);
        send("PUT", Tokens.supervisor(), "/api/v1/alliances/" + id + "/assessment",
                "{\"effectiveSince\":\"2017-11-30\",\"version\":0}").then().statusCode(200);
        get(Tokens.viewer(), "/api/v1/coverage/prefectures?year=2017").then().statusCode(200)
                .body("targetPerPrefecture", equalTo(1))
                .body("prefectures.find { it.prefecture == '海东市' }.meetsTarget", equalTo(true))
                .body("prefectures.find { it.prefecture == '果洛州' }.meetsTarget", equalTo(false))
                .body("missing", hasItem("果洛州"))
                .body("missing", not(hasItem("海东市")))
                .body("noticeSaysPrefectureGroupsExisting", equalTo(7));
        get(Tokens.viewer(), "/api/v1/coverage/prefectures?year=2016").then()
                .body("prefectures.find { it.prefecture == '海东市' }.meetsTarget", equalTo(false));
    }

    @Test
    void listsASecondaryPublicHospitalOutsideEveryAlliance() {
        String outside = unique("班玛县人民医院");
        String inside = unique("甘德县人民医院");
        String golog = "byPrefecture.find { it.prefecture == '果洛州' && it.category == 'SECONDARY_PUBLIC_HOSPITAL' }";
        JsonPath before = get(Tokens.viewer(), "/api/v1/coverage/membership?on=2017-12-31").then().statusCode(200)
                .extract().jsonPath();
        institution(outside, "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 702L);
        long member = institution(inside, "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 703L);
        post(Tokens.admin(), "/api/v1/alliances/1/members",
                "{\"institutionId\":" + member + ",\"role\":\"MEMBER\",\"joinedOn\":\"2017-09-01\"}")
                .then().statusCode(201);
        JsonPath gaps = get(Tokens.viewer(), "/api/v1/coverage/membership/outside?category=SECONDARY_PUBLIC_HOSPITAL"
                + "&prefectureId=7&size=200&on=2017-12-31").then().statusCode(200).extract().jsonPath();
        org.hamcrest.MatcherAssert.assertThat(gaps.getList("items.name"), hasItem(outside));
        org.hamcrest.MatcherAssert.assertThat(gaps.getList("items.name"), not(hasItem(inside)));
        // before it joined, the member was outside too
        get(Tokens.viewer(), "/api/v1/coverage/membership/outside?prefectureId=7&size=200&on=2017-08-31").then()
                .body("items.name", hasItem(inside));
        get(Tokens.viewer(), "/api/v1/coverage/membership?on=2017-12-31").then().statusCode(200)
                .body("targetPct", equalTo(100))
                // exactly the two hospitals this test added, one of them a member since 2017-09-01
                .body(golog + ".institutions", equalTo(count(before, golog + ".institutions") + 2))
                .body(golog + ".members", equalTo(count(before, golog + ".members") + 1));
    }

    @Test
    void checksCountyPilotsAgainstTwoPerPrefectureAndThreeToFourTownships() {
        long lead = institution(unique("门源县人民医院"), "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 501L);
        long id = alliance(unique("门源县医共体"), "COUNTY_COMMUNITY", lead, null, 501L, true);
        for (int i = 0; i < 3; i++) {
            long t = institution(unique("门源县乡镇卫生院"), "PRIMARY", "PUBLIC", "TOWNSHIP_HEALTH_CENTRE", "TOWNSHIP",
                    null, 501L);
            post(Tokens.reporter(nameOf(lead)), "/api/v1/alliances/" + id + "/members",
                    "{\"institutionId\":" + t + ",\"role\":\"MEMBER\",\"joinedOn\":\"2017-09-01\"}").then().statusCode(201);
        }
        get(Tokens.viewer(), "/api/v1/coverage/county-pilots?on=2017-12-31").then().statusCode(200)
                .body("pilotsPerPrefecture", equalTo(2))
                .body("pilots.find { it.county == '门源回族自治县' }.townshipCentres", equalTo(3))
                .body("pilots.find { it.county == '门源回族自治县' }.withinRange", equalTo(true))
                .body("prefectures.find { it.prefecture == '海北州' }.meetsTarget", equalTo(false));
    }

    @Test
    void refusesAPrefectureGroupWithoutPrefectureNamingTheField() {
        problem(post(Tokens.admin(), "/api/v1/alliances", "{\"name\":\"" + unique("某医疗集团")
                + "\",\"kind\":\"PREFECTURE_GROUP\",\"status\":\"ESTABLISHED\"}"), 422).body("field", equalTo("prefectureId"));
    }

    @Test
    void letsOnlyTheLeadsReporterManageMembers() {
        long lead = institution(unique("尖扎县人民医院"), "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 602L);
        long id = alliance(unique("尖扎县医共体"), "COUNTY_COMMUNITY", lead, null, 602L, false);
        long t = institution(unique("尖扎县乡镇卫生院"), "PRIMARY", "PUBLIC", "TOWNSHIP_HEALTH_CENTRE", "TOWNSHIP", null, 602L);
        String body = "{\"institutionId\":" + t + ",\"role\":\"MEMBER\",\"joinedOn\":\"2017-09-01\"}";
        problem(post(Tokens.reporter("青海省人民医院"), "/api/v1/alliances/" + id + "/members", body), 403);
        post(Tokens.reporter(nameOf(lead)), "/api/v1/alliances/" + id + "/members", body).then().statusCode(201);
        problem(post(Tokens.admin(), "/api/v1/alliances/" + id + "/members",
                "{\"institutionId\":" + t + ",\"role\":\"MEMBER\",\"joinedOn\":\"2018-01-01\"}"), 409);
    }

    @Test
    void measuresTelemedicineReachAgainstFortyFourAndFourHundredFive() {
        int connected = get(Tokens.viewer(), "/api/v1/coverage/telemedicine?on=2017-12-31").then().statusCode(200)
                .extract().jsonPath().getInt("countyInstitutionsConnected");
        long county = institution(unique("久治县人民医院"), "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 705L);
        post(Tokens.admin(), "/api/v1/alliances/13/members",
                "{\"institutionId\":" + county + ",\"role\":\"MEMBER\",\"joinedOn\":\"2017-01-01\"}").then().statusCode(201);
        get(Tokens.viewer(), "/api/v1/coverage/telemedicine?on=2017-12-31").then().statusCode(200)
                .body("countyInstitutionsInNotice", equalTo(44))
                .body("townshipCentresInNotice", equalTo(405))
                .body("countyInstitutionsConnected", equalTo(connected + 1));
    }

    /** A count in an earlier answer; 0 where its row was not there yet. */
    private static int count(JsonPath answer, String path) {
        Integer n = answer.get(path);
        return n == null ? 0 : n;
    }

    /** A 章程 with all seven items of 140号 三(二)1. */
    static final String FULL_CHARTER = "{\"nature\":\"协作组织\",\"purpose\":\"资源下沉\",\"tasks\":\"双向转诊\","
            + "\"members\":\"牵头医院及乡镇卫生院\",\"governance\":\"理事会\",\"responsibilities\":\"各方责任\","
            + "\"rules\":\"转诊制度\"}";

    static long alliance(String name, String kind, long lead, Long prefectureId, Long countyId, boolean pilot) {
        return post(Tokens.admin(), "/api/v1/alliances", String.format("{\"name\":\"%s\",\"kind\":\"%s\","
                        + "\"leadInstitutionId\":%d,\"prefectureId\":%s,\"countyId\":%s,\"status\":\"ESTABLISHED\","
                        + "\"establishedOn\":\"2017-09-01\",\"countyPilot\":%s,\"charter\":" + FULL_CHARTER + "}",
                name, kind, lead, prefectureId, countyId, pilot)).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String nameOf(long institutionId) {
        return get(Tokens.viewer(), "/api/v1/institutions/" + institutionId).then().extract().path("name");
    }
}
