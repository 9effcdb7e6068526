package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2017 scheme parsed from 青政办〔2017〕137号 附件 政务公开考核内容 and its per-year revisions. */
@QuarkusTest
class SchemeResourceTest {

    static int scheme2017() {
        return as(Tokens.viewer()).queryParam("year", 2017).get("/api/v1/schemes")
                .then().statusCode(200).extract().path("items[0].id");
    }

    @Test
    void seedsThe2017SchemeWithAllElevenItemsAndFortyEightContentLines() {
        as(Tokens.viewer()).queryParam("year", 2017).get("/api/v1/schemes").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].regularTotal", equalTo(100.0f))
                .body("items[0].sumsTo100", equalTo(true));
        JsonPath s = as(Tokens.viewer()).get("/api/v1/schemes/" + scheme2017()).then().statusCode(200)
                .body("items", hasSize(11))
                .body("items.itemNo", equalTo(java.util.List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)))
                .body("items.name", equalTo(java.util.List.of("组织领导", "政府信息公开制度", "平台建设", "政府信息公开",
                        "政策解读", "政务舆情监测处置", "公众参与", "政务服务", "加分项", "减分项", "直接归零项")))
                .body("items.collect { it.lines.size() }", equalTo(java.util.List.of(7, 10, 4, 2, 3, 3, 5, 6, 3, 4, 1)))
                .body("items[7].appliesTo", equalTo("PREFECTURE_GOVERNMENT"))
                .body("items[7].remark", equalTo("此项为市、州政府考核内容"))
                .body("items[7].maxPoints", equalTo(20.0f))
                .body("items[8].category", equalTo("BONUS"))
                .body("items[9].category", equalTo("DEDUCTION"))
                .body("items[10].category", equalTo("ZERO_OUT"))
                .body("items[10].lines[0].content", equalTo("在日常工作和考核、检查中弄虚作假的"))
                .body("items[1].lines.subArea", hasItem("政务舆情制度"))
                .body("items[3].lines[0].content", equalTo(
                        "主动公开政府信息公开工作年报、目录、重点领域信息，落实 20 个工作日内主动公开属于主动公开范围的政府信息"))
                .body("dataNotes", not(empty()))
                .extract().jsonPath();
        // five item-2 rows lost their column layout in the gazette, plus the note on item 2's name, plus the three
        // readings of which rows a 备注 covers (items 8, 9, 10)
        org.junit.jupiter.api.Assertions.assertEquals(9, s.getList("dataNotes").size());
    }

    @Test
    void keepsTheGazetteTextAsPrintedWithEachLinesGazetteLineAndEveryInferenceInADataNote() {
        JsonPath s = as(Tokens.viewer()).get("/api/v1/schemes/" + scheme2017()).then().statusCode(200)
                .body("items[3].lines[0].gazetteLine", equalTo(936))
                .body("items[3].lines[0].content", containsString("落实 20 个工作日内"))
                .body("items[3].lines[0].dataNote", equalTo(null))
                .body("items[0].lines[0].gazetteLine", equalTo(913))
                .body("items[10].lines[0].gazetteLine", equalTo(964))
                // item 8's remark printed on its first row: applied to the whole item by inference, and said so
                .body("items[7].remark", equalTo("此项为市、州政府考核内容"))
                .body("items[7].lines[0].dataNote", containsString("gazette line 949"))
                .body("items[7].lines[1].dataNote", equalTo(null))
                // item 9's remark is not copied onto item 10; the reading of its '（减）' is a data note
                .body("items[9].remark", equalTo(null))
                .body("items[9].lines[0].dataNote", containsString("（减）"))
                .extract().jsonPath();
        List<Integer> lines = s.getList("items.lines.flatten().gazetteLine");
        org.junit.jupiter.api.Assertions.assertEquals(48, lines.size());
        org.junit.jupiter.api.Assertions.assertTrue(lines.stream().allMatch(n -> n != null && n >= 913 && n <= 964));
        org.junit.jupiter.api.Assertions.assertEquals(48, lines.stream().distinct().count());
    }

    @Test
    void adminCopiesTheSchemeToANewRevisionAndSetsPoints() {
        JsonPath copy = as(Tokens.admin()).body("{\"year\":2031}").post("/api/v1/schemes/" + scheme2017() + "/copies")
                .then().statusCode(201).body("regularTotal", equalTo(100.0f)).extract().jsonPath();
        int id = copy.getInt("id");
        JsonPath detail = as(Tokens.viewer()).get("/api/v1/schemes/" + id).then().extract().jsonPath();
        int lineId = detail.getInt("items[0].lines[0].id");
        as(Tokens.admin()).body("{\"points\":3,\"version\":0}").put("/api/v1/schemes/" + id + "/lines/" + lineId + "/points")
                .then().statusCode(200).body("points", equalTo(3)).body("version", equalTo(1));
        as(Tokens.viewer()).get("/api/v1/schemes/" + id).then()
                .body("regularTotal", equalTo(101.0f)).body("sumsTo100", equalTo(false));
        problem(as(Tokens.admin()).body("{\"points\":2,\"version\":0}")
                .put("/api/v1/schemes/" + id + "/lines/" + lineId + "/points"), 409).body("field", equalTo("version"));
        as(Tokens.admin()).body("{\"year\":2031}").post("/api/v1/schemes/" + id + "/copies")
                .then().statusCode(201).body("revision", equalTo(copy.getInt("revision") + 1));
    }

    @Test
    void refusesPositivePointsOnADeductionLineAndSettingPointsAsSupervisor() {
        int id = as(Tokens.admin()).body("{\"year\":2032}").post("/api/v1/schemes/" + scheme2017() + "/copies")
                .then().statusCode(201).extract().path("id");
        JsonPath detail = as(Tokens.viewer()).get("/api/v1/schemes/" + id).then().extract().jsonPath();
        int deduction = detail.getInt("items[9].lines[0].id");
        problem(as(Tokens.admin()).body("{\"points\":2,\"version\":0}")
                .put("/api/v1/schemes/" + id + "/lines/" + deduction + "/points"), 400).body("field", equalTo("points"));
        problem(as(Tokens.supervisor()).body("{\"points\":-1,\"version\":0}")
                .put("/api/v1/schemes/" + id + "/lines/" + deduction + "/points"), 403);
    }
}
