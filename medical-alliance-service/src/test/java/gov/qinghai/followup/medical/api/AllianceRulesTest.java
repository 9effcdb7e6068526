package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.api.AllianceResourceTest.FULL_CHARTER;
import static gov.qinghai.followup.medical.api.AllianceResourceTest.alliance;
import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.institution;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.problem;
import static gov.qinghai.followup.medical.support.Api.send;
import static gov.qinghai.followup.medical.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who sets which alliance field, and the 140号 rules on leads, members, establishment and effectiveness. */
@QuarkusTest
class AllianceRulesTest {

    /** A 县域医共体 in 同仁县 (黄南州, county 601) led by a county hospital, established 2017-09-01. */
    record Community(long lead, String leadName, long alliance, String name) {
    }

    private static Community community() {
        String leadName = unique("同仁县人民医院");
        long lead = institution(leadName, "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 601L);
        String name = unique("同仁县医共体");
        return new Community(lead, leadName, alliance(name, "COUNTY_COMMUNITY", lead, null, 601L, false), name);
    }

    private static String body(Community c, Map<String, String> overrides, long version) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", "\"" + c.name() + "\"");
        f.put("kind", "\"COUNTY_COMMUNITY\"");
        f.put("leadInstitutionId", String.valueOf(c.lead()));
        f.put("countyId", "601");
        f.put("status", "\"ESTABLISHED\"");
        f.put("establishedOn", "\"2017-09-01\"");
        f.put("countyPilot", "false");
        f.put("charter", FULL_CHARTER);
        f.putAll(overrides);
        StringBuilder b = new StringBuilder("{");
        f.forEach((k, v) -> b.append('"').append(k).append("\":").append(v).append(','));
        return b.append("\"version\":").append(version).append('}').toString();
    }

    @Test
    void refusesTheLeadsReporterEveryFieldButTheCharterNamingTheField() {
        Community c = community();
        long other = institution(unique("同仁县第二人民医院"), "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 601L);
        String reporter = Tokens.reporter(c.leadName());
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("name", "\"" + unique("改名医共体") + "\"");
        changes.put("kind", "\"SPECIALTY\"");
        changes.put("specialty", "\"呼吸\"");
        changes.put("leadInstitutionId", String.valueOf(other));
        changes.put("countyId", "602");
        changes.put("prefectureId", "2");
        changes.put("status", "\"PLANNED\"");
        changes.put("establishedOn", "\"2016-01-01\"");
        changes.put("countyPilot", "true");
        changes.forEach((field, value) -> problem(send("PUT", reporter, "/api/v1/alliances/" + c.alliance(),
                body(c, Map.of(field, value), 0)), 403).body("field", equalTo(field)));
        // the 章程 is the lead's to keep, re-sending the governed fields unchanged is fine
        send("PUT", reporter, "/api/v1/alliances/" + c.alliance(), body(c, Map.of("charter",
                FULL_CHARTER.replace("理事会", "理事会领导下的院长负责制")), 0)).then().statusCode(200)
                .body("charter.governance", equalTo("理事会领导下的院长负责制"));
        // the 卫生计生委 may change them
        send("PUT", Tokens.supervisor(), "/api/v1/alliances/" + c.alliance(),
                body(c, Map.of("countyPilot", "true"), 1)).then().statusCode(200).body("countyPilot", equalTo(true));
    }

    @Test
    void refusesTheLeadsReporterMakingOrChangingALeadMember() {
        Community c = community();
        long t = institution(unique("同仁县乡镇卫生院"), "PRIMARY", "PUBLIC", "TOWNSHIP_HEALTH_CENTRE", "TOWNSHIP", null,
                601L);
        String reporter = Tokens.reporter(c.leadName());
        problem(post(reporter, "/api/v1/alliances/" + c.alliance() + "/members", "{\"institutionId\":" + t
                + ",\"role\":\"LEAD\",\"joinedOn\":\"2017-09-01\"}"), 403).body("field", equalTo("role"));
        long leadMember = get(Tokens.supervisor(), "/api/v1/alliances/" + c.alliance() + "/members").jsonPath()
                .getLong("items.find { it.role == 'LEAD' }.id");
        problem(send("PUT", reporter, "/api/v1/alliances/" + c.alliance() + "/members/" + leadMember,
                "{\"institutionId\":" + c.lead() + ",\"role\":\"LEAD\",\"joinedOn\":\"2017-09-01\","
                        + "\"leftOn\":\"2017-12-31\",\"version\":0}"), 403).body("field", equalTo("role"));
        post(reporter, "/api/v1/alliances/" + c.alliance() + "/members", "{\"institutionId\":" + t
                + ",\"role\":\"MEMBER\",\"joinedOn\":\"2017-09-01\"}").then().statusCode(201);
    }

    @Test
    void refusesACountyCommunityLedOrJoinedFromAnotherCounty() {
        // a 德令哈 (海西州, 301) hospital cannot lead a 格尔木 (302) 医共体; a 乌兰县 (303) centre cannot join it
        long delingha = institution(unique("德令哈市人民医院"), "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 301L);
        problem(post(Tokens.admin(), "/api/v1/alliances", "{\"name\":\"" + unique("格尔木市医共体")
                + "\",\"kind\":\"COUNTY_COMMUNITY\",\"leadInstitutionId\":" + delingha + ",\"countyId\":302,"
                + "\"status\":\"ESTABLISHED\",\"establishedOn\":\"2017-09-01\"}"), 422)
                .body("field", equalTo("leadInstitutionId"));
        long golmud = institution(unique("格尔木市人民医院"), "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 302L);
        long id = alliance(unique("格尔木市医共体"), "COUNTY_COMMUNITY", golmud, null, 302L, true);
        long wulan = institution(unique("乌兰县乡镇卫生院"), "PRIMARY", "PUBLIC", "TOWNSHIP_HEALTH_CENTRE", "TOWNSHIP",
                null, 303L);
        problem(post(Tokens.admin(), "/api/v1/alliances/" + id + "/members", "{\"institutionId\":" + wulan
                + ",\"role\":\"MEMBER\",\"joinedOn\":\"2017-09-01\"}"), 422).body("field", equalTo("institutionId"));
    }

    @Test
    void refusesAnEffectivenessBeforeEstablishmentOrWithoutACompleteCharter() {
        Community c = community();
        String assess = "/api/v1/alliances/" + c.alliance() + "/assessment";
        problem(send("PUT", Tokens.supervisor(), assess, "{\"effectiveSince\":\"2017-08-01\",\"version\":0}"), 422)
                .body("field", equalTo("effectiveSince"));
        send("PUT", Tokens.supervisor(), "/api/v1/alliances/" + c.alliance(), body(c, Map.of("charter",
                "{\"nature\":\"协作组织\"}"), 0)).then().statusCode(200);
        problem(send("PUT", Tokens.supervisor(), assess, "{\"effectiveSince\":\"2017-11-30\",\"version\":1}"), 422)
                .body("field", equalTo("effectiveSince"));
        send("PUT", Tokens.supervisor(), "/api/v1/alliances/" + c.alliance(), body(c, Map.of(), 1)).then()
                .statusCode(200);
        send("PUT", Tokens.supervisor(), assess, "{\"effectiveSince\":\"2017-11-30\",\"version\":2}").then()
                .statusCode(200).body("effectiveSince", equalTo("2017-11-30"));
        // and the establishment cannot move after the finding
        problem(send("PUT", Tokens.supervisor(), "/api/v1/alliances/" + c.alliance(), body(c,
                Map.of("establishedOn", "\"2017-12-01\""), 3)), 422).body("field", equalTo("establishedOn"));
    }

    @Test
    void keepsExactlyTheNewLeadAsLeadMemberWhenTheLeadChanges() {
        Community c = community();
        long next = institution(unique("同仁县中医院"), "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 601L);
        send("PUT", Tokens.supervisor(), "/api/v1/alliances/" + c.alliance(), body(c,
                Map.of("leadInstitutionId", String.valueOf(next)), 0)).then().statusCode(200);
        JsonPath members = get(Tokens.supervisor(), "/api/v1/alliances/" + c.alliance() + "/members").jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of((int) next),
                members.getList("items.findAll { it.role == 'LEAD' && it.leftOn == null }.institutionId"));
        org.junit.jupiter.api.Assertions.assertEquals("MEMBER",
                members.getString("items.find { it.institutionId == " + c.lead() + " }.role"));
    }

    @Test
    void refusesInstitutionFieldsThatDisagree() {
        problem(post(Tokens.admin(), "/api/v1/institutions", "{\"name\":\"" + unique("村卫生室")
                + "\",\"level\":\"TERTIARY\",\"ownership\":\"PUBLIC\",\"kind\":\"VILLAGE_CLINIC\",\"tier\":\"TOWNSHIP\","
                + "\"countyId\":601}"), 422).body("field", equalTo("tier"));
        problem(post(Tokens.admin(), "/api/v1/institutions", "{\"name\":\"" + unique("村卫生室")
                + "\",\"level\":\"TERTIARY\",\"ownership\":\"PUBLIC\",\"kind\":\"VILLAGE_CLINIC\",\"tier\":\"VILLAGE\","
                + "\"countyId\":601}"), 422).body("field", equalTo("level"));
    }
}
