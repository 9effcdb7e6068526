package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** JSON keeps the machine value and adds its Chinese label (labels.properties) where a person reads it. */
@QuarkusTest
class ChineseLabelsTest {

    @Test
    void aSubjectCarriesTheLabelOfItsKind() {
        as(Tokens.admin()).body("{\"name\":\"" + unique("海东市乐都区政府") + "\",\"kind\":\"COUNTY_GOVERNMENT\","
                        + "\"prefecture\":\"海东市\"}").post("/api/v1/subjects").then().statusCode(201)
                .body("kind", equalTo("COUNTY_GOVERNMENT")).body("kindLabel", equalTo("县（市、区）政府"));
    }

    @Test
    void aCalendarDayCarriesTheLabelOfItsKind() {
        // 国办发明电〔2025〕7号: 1月4日（周日）上班
        as(Tokens.viewer()).queryParam("year", 2026).queryParam("size", 200).get("/api/v1/calendar/days").then()
                .body("items.find { it.day == '2026-01-04' }.kind", equalTo("MAKEUP_WORKDAY"))
                .body("items.find { it.day == '2026-01-04' }.kindLabel", equalTo("调休上班"))
                .body("items.find { it.day == '2026-02-16' }.kindLabel", equalTo("放假"));
    }

    @Test
    void pilotAreasAndMilestonesCarryLabelsAndTheAreasTheirGazetteLine() {
        // 138号 附件 row 1 (gazette line 1052): 城北区 …、养老服务等方面
        as(Tokens.viewer()).get("/api/v1/pilot/units").then().statusCode(200)
                .body("items.find { it.name == '城北区' }.areas.find { it.name == '就业创业' }.sourceLabel",
                        equalTo("试点单位及试点内容表所列"))
                .body("items.find { it.name == '城北区' }.areas.find { it.name == '就业创业' }.gazetteLine", equalTo(1052))
                .body("items.find { it.name == '城北区' }.areas.find { it.name == '就业创业' }.dataNote", nullValue())
                .body("items.find { it.name == '城北区' }.areas.find { it.name == '养老服务' }.dataNote",
                        containsString("等方面"))
                .body("items.find { it.name == '城北区' }.milestones.find { it.code == 'PLAN_FILED' }.codeLabel",
                        equalTo("具体方案备案"));
    }
}
