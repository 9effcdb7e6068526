package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import gov.qinghai.followup.actionplan.service.SeedImporter;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The seed parsed from 青政办〔2017〕135号 二、目标任务 and 三、保障措施 by scripts/parse_tasks.py. */
@QuarkusTest
class TaskSeedTest {
    @Inject
    SeedImporter importer;

    private static RequestSpecification viewer() {
        return given().header("Authorization", bearer(Tokens.viewer()));
    }

    @Test
    void holdsFiftyTasksInTheFourGroups() {
        viewer().queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200)
                .body("total", equalTo(50)).body("items[0].number", equalTo(1)).body("items[49].number", equalTo(50));
        viewer().queryParam("group", "一").get("/api/v1/tasks").then().body("total", equalTo(13));
        viewer().queryParam("group", "二").get("/api/v1/tasks").then().body("total", equalTo(7));
        viewer().queryParam("group", "三").get("/api/v1/tasks").then().body("total", equalTo(18));
        viewer().queryParam("group", "四").get("/api/v1/tasks").then().body("total", equalTo(12));
    }

    @Test
    void rejectsUnknownGroupWithTheParameterNamed() {
        viewer().queryParam("group", "五").get("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("group"));
    }

    @Test
    void keepsLeadAndResponsibleUnitsInTheNoticesOrder() {
        viewer().get("/api/v1/tasks/1").then().statusCode(200)
                .body("groupName", equalTo("找准发力点"))
                .body("leadUnits.wording", contains("省环境保护厅", "省经济和信息化委", "省住房城乡建设厅"))
                .body("responsibleUnits.wording", contains("省编办", "省发展改革委", "省科技厅", "省教育厅", "省财政厅",
                        "省人力资源社会保障厅", "省农牧厅", "省审计厅", "省质监局", "省气象局", "各市州县人民政府"))
                .body("responsibleUnits[9].followedByEtc", equalTo(true))
                .body("responsibleListOpen", equalTo(true));
    }

    @Test
    void joinsTaskTextBrokenByAPageBreak() {
        viewer().get("/api/v1/tasks/10").then()
                .body("text", containsString("打造绿色、有机、富硒等农牧业品牌30个"));
        viewer().get("/api/v1/tasks/45").then().body("text", containsString("确保今年规上工业增长7%以上。"));
    }

    @Test
    void showsTasksWithoutLeadUnitAsTheNoticeWritesThem() {
        for (int n : new int[] {13, 20, 30, 42}) {
            viewer().get("/api/v1/tasks/" + n).then().statusCode(200)
                    .body("leadWording", nullValue())
                    .body("leadUnits", empty())
                    .body("responsibleUnits", not(empty()))
                    .body("notes.kind", hasItem("no-lead-unit"));
        }
    }

    @Test
    void expandsCollectivesToTheEightPrefectureGovernments() {
        viewer().get("/api/v1/tasks/29").then().statusCode(200)
                .body("leadUnits[0].wording", equalTo("省卫生计生委"))
                .body("responsibleUnits[0].wording", equalTo("省政府相关委、办、厅、局"))
                .body("responsibleUnits[1].wording", equalTo("各市州人民政府"))
                .body("responsibleUnits[1].kind", equalTo("COLLECTIVE"))
                .body("responsibleUnits[1].members", contains("西宁市政府", "海东市政府", "海西州政府", "海南州政府",
                        "海北州政府", "黄南州政府", "果洛州政府", "玉树州政府"));
        viewer().get("/api/v1/tasks/2").then()
                .body("responsibleUnits[-1].wording", equalTo("相关州人民政府"))
                .body("responsibleUnits[-1].members", hasSize(6))
                .body("responsibleUnits[-1].members", not(hasItem("西宁市政府")));
    }

    @Test
    void resolvesTheNoticesOtherSpellingButShowsItsWording() {
        viewer().get("/api/v1/tasks/18").then()
                .body("responsibleUnits[2].wording", equalTo("西宁市人民政府"))
                .body("responsibleUnits[2].unit", equalTo("西宁市政府"));
    }

    @Test
    void reportsTheDoubledEtcOfTaskFortyThree() {
        viewer().get("/api/v1/tasks/43").then().body("notes.kind", hasItem("typo"))
                .body("responsibleWording", containsString("青海机场公司等等"));
    }

    @Test
    void seedsTheIndicatorsTheTextStates() {
        viewer().get("/api/v1/tasks/21").then()
                .body("indicators[0].code", equalTo("21-coal"))
                .body("indicators[0].target", equalTo(132))
                .body("indicators[0].unit", equalTo("万吨"))
                .body("indicators[0].deadline", equalTo("2017-09-30"))
                .body("indicators[0].sourcePhrase", equalTo("9月前完成132万吨煤炭产能压减任务"));
        viewer().get("/api/v1/tasks/29").then()
                .body("indicators.code", contains("29-alliances", "29-cross-province", "29-drg", "29-family-doctor",
                        "29-two-invoice"))
                .body("indicators.find { it.code == '29-family-doctor' }.linkedSource", equalTo("MEDICAL_ALLIANCE"))
                .body("indicators.find { it.code == '29-cross-province' }.deadline", equalTo("2017-09-30"));
        viewer().get("/api/v1/tasks/27").then().body("indicators[0].target", equalTo(600))
                .body("indicators[0].unit", equalTo("亿元"));
        viewer().get("/api/v1/tasks/45").then().body("indicators[0].comparatorSymbol", equalTo("≥"))
                .body("indicators[0].target", equalTo(7));
        // the 26 targets the text states (admins may add more)
        viewer().queryParam("size", 200).get("/api/v1/indicators").then().body("items.code", hasItems("01-permits",
                "02-plans", "02-key-tasks", "10-brands", "15-tech-centres", "15-little-giants", "17-tech-firms",
                "17-high-tech", "17-little-giants", "21-coal", "25-spending", "27-direct-financing", "29-alliances",
                "29-family-doctor", "29-cross-province", "29-two-invoice", "29-drg", "34-retail", "37-villages",
                "37-towns", "39-contract-fulfilment", "39-construction-start", "39-funds-in-place", "41-central-start",
                "41-central-investment", "45-industry"));
    }

    @Test
    void servesTheSafeguardsAsReferenceText() {
        viewer().get("/api/v1/safeguards").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.title", contains("加强组织领导", "狠抓作风建设", "强化督查问责"))
                .body("items[2].text", containsString("定期督查、专项督查、现场督查、明察暗访"));
    }

    @Test
    void doesNotDuplicateTheSeedOnRestart() {
        importer.importMissing();
        viewer().get("/api/v1/tasks").then().body("total", equalTo(50));
        viewer().queryParam("kind", "PREFECTURE_GOVERNMENT").get("/api/v1/units").then().body("total", equalTo(8));
    }
}
