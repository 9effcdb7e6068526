package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a 督查 office looks up: a unit's tasks (by the notice's own spelling too), keywords, deadlines and status. */
@QuarkusTest
class TaskSearchTest {

    private static List<Integer> numbers(String param, String value) {
        return as(Tokens.viewer()).queryParam(param, value).queryParam("size", 100).get("/api/v1/tasks").then()
                .statusCode(200).extract().jsonPath().getList("items.number");
    }

    @Test
    void theNoticesOwnSpellingOfAUnitIsAnAliasOfIt() {
        // 135号 任务18 names 西宁市人民政府, the unit 西宁市政府
        List<Integer> bySpelling = numbers("unit", "西宁市人民政府");
        assertEquals(numbers("unit", "西宁市政府"), bySpelling);
        org.junit.jupiter.api.Assertions.assertTrue(bySpelling.contains(18), bySpelling.toString());
        as(Tokens.viewer()).queryParam("unit", "西宁市人民政府").get("/api/v1/my-tasks").then().statusCode(200);
        as(Tokens.viewer()).queryParam("unit", "省不存在厅").get("/api/v1/tasks").then().statusCode(404);
    }

    @Test
    void keywordSearchFindsTheTaskTextLiterally() {
        org.junit.jupiter.api.Assertions.assertTrue(numbers("q", "煤炭产能").contains(21));
        // % and _ are text, not wildcards: % finds the tasks whose text has a percentage, _ none
        assertEquals(List.of(25, 29, 34, 41, 45), numbers("q", "%"));
        assertEquals(List.of(), numbers("q", "_"));
    }

    @Test
    void aUnitsTasksComeWithDeadlineAndStatusInOneList() {
        as(Tokens.viewer()).queryParam("unit", "西宁市人民政府").queryParam("asOf", "2017-10-10").queryParam("size", 100)
                .get("/api/v1/task-status").then().statusCode(200)
                .body("items.taskNumber", hasItem(18))
                .body("items.find { it.taskNumber == 18 }.deadline", equalTo("2017-09-30"))
                .body("items.status", everyItem(notNullValue()));
        as(Tokens.viewer()).queryParam("unit", "省经济和信息化委").queryParam("size", 100).get("/api/v1/tasks").then()
                .body("items.find { it.number == 21 }.deadline", equalTo("2017-09-30"));
    }
}
