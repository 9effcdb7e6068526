package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The seed: 第十八届青洽会签约项目责任分工表 (附件 of 青政办〔2017〕134号) as parsed by scripts/parse_projects.py. */
@QuarkusTest
class ProjectSeedTest {

    private static RequestSpecification viewer() {
        return given().header("Authorization", bearer(Tokens.viewer()));
    }

    @Test
    void importsEveryRowOfTheTableWithItsUnitAndAmount() {
        viewer().queryParam("size", 1).get("/api/v1/projects").then().statusCode(200).body("total", equalTo(346));
        viewer().queryParam("q", "年产2万吨锂电负极材料三期项目").get("/api/v1/projects").then()
                .body("items[0].seq", equalTo(1))
                .body("items[0].unit", equalTo("西宁市政府"))
                .body("items[0].totalInvestment", equalTo(180.33f))
                .body("items[0].fundProvinces", contains("河南"));
    }

    @Test
    void keepsSeveralPartiesFundSourcesAndPersons() {
        viewer().queryParam("q", "三江原牧合作项目").get("/api/v1/projects").then()
                .body("items[0].partyBList.size()", equalTo(3))
                .body("items[0].fundSources", equalTo("北京 甘肃"))
                .body("items[0].fundProvinces", contains("北京", "甘肃"));
        viewer().queryParam("q", "察尔汗产业基地").get("/api/v1/projects").then()
                .body("items[0].responsiblePersons", contains("海吉忠", "周心龙"));
    }

    @Test
    void normalisesCitiesAndForeignSourcesButKeepsTheTextAsWritten() {
        viewer().queryParam("q", "金盘宾馆").get("/api/v1/projects").then()
                .body("items[0].fundSources", equalTo("上海 深圳"))
                .body("items[0].fundProvinces", contains("上海", "广东"));
        viewer().queryParam("q", "农田水利设施").get("/api/v1/projects").then()
                .body("items[0].fundProvinces", contains("境外:以色列"))
                .body("items[0].qualityFlags", hasItem("FOREIGN_PARTY"));
    }

    @Test
    void flagsIrregularRowsInsteadOfDroppingThem() {
        viewer().queryParam("flag", "NAME_ONLY").get("/api/v1/projects").then()
                .body("total", equalTo(3)).body("items.seq", contains(279, 280, 281))
                .body("items.qualityFlags", everyItem(hasItem("POSSIBLY_MERGED_CELLS")));
        viewer().queryParam("flag", "SHIFTED_COLUMNS").get("/api/v1/projects").then()
                .body("total", equalTo(1))
                .body("items[0].seq", equalTo(282))
                .body("items[0].partyA", equalTo("省地质矿产勘查局"))
                .body("items[0].totalInvestment", equalTo(0.06f))
                .body("items[0].qualityFlags", hasItems("SHIFTED_COLUMNS", "MISSING_LEADER", "DUPLICATE_NAME"));
        viewer().queryParam("flag", "NATURAL_PERSON_PARTY").get("/api/v1/projects").then()
                .body("items.partyB", everyItem(equalTo("自然人")));
        viewer().queryParam("flag", "NAME_SPACING").queryParam("q", "格萨尔").get("/api/v1/projects").then()
                .body("items[0].responsibleLeader", equalTo("孙 静"));
        viewer().queryParam("flag", "DUPLICATE_NAME").queryParam("q", "医学检测项目").get("/api/v1/projects").then()
                .body("items.seq", contains(57, 58));
    }

    @Test
    void countsFlagsPerFair() {
        viewer().get("/api/v1/fairs/1/data-quality").then().statusCode(200)
                .body("NAME_ONLY", equalTo(3))
                .body("SHIFTED_COLUMNS", equalTo(1))
                .body("STATISTICAL_OUTLIER", equalTo(10));
    }

    @Test
    void perUnitCountsMatchTheDeclaredNumbers() {
        viewer().get("/api/v1/reconciliation").then().statusCode(200)
                .body("units.size()", equalTo(32))
                .body("units.countAgrees", everyItem(equalTo(true)))
                .body("units.find { it.unit == '西宁市政府' }.computedCount", equalTo(35))
                .body("units.find { it.unit == '海东工业园区管委会' }.declaredSubtotal", equalTo(225.17f))
                .body("units.find { it.unit == '海东工业园区管委会' }.subtotalAgrees", equalTo(true))
                .body("units.find { it.unit == '省水利厅' }.subtotalLabelled", equalTo(false))
                .body("units.find { it.unit == '省水利厅' }.subtotalAgrees", equalTo(true));
    }

    @Test
    void reconciliationNamesWhereTheNoticeDisagreesWithItsTable() {
        viewer().get("/api/v1/reconciliation").then().statusCode(200)
                .body("rows", equalTo(346))
                .body("tableTotal", equalTo(1668.86f))
                .body("headlineFigures.find { it.key == 'projects' }.agrees", equalTo(true))
                .body("headlineFigures.find { it.key == 'totalInvestment' }.agrees", equalTo(false))
                .body("headlineFigures.find { it.key == 'fiveRegions' }.computed", equalTo(774.45f))
                .body("headlineFigures.find { it.key == 'fiveRegions' }.agrees", equalTo(false))
                .body("headlineFigures.find { it.key == 'threeParks' }.computed", equalTo(682.52f))
                .body("headlineFigures.find { it.key == 'threeParks' }.agrees", equalTo(true))
                .body("headlineFigures.find { it.key == 'threeParksShare' }.agrees", equalTo(false))
                .body("outliers.seq", contains(1, 49, 97, 123, 159, 186, 282, 289, 290, 339))
                .body("disagreements", hasItem(org.hamcrest.Matchers.containsString("超过1800亿元")))
                // the parks' 683亿元 agrees with the table (682.52): no disagreement of its own
                .body("disagreements", not(hasItem(org.hamcrest.Matchers.startsWith("the notice says '西宁经济技术开发区"))));
    }
}
