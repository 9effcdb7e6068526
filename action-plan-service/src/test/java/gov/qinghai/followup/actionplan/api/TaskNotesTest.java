package gov.qinghai.followup.actionplan.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 135号 targets without a figure, the reading of 任务21's 9月前, and indicators due after their task's date. */
@QuarkusTest
class TaskNotesTest {

    private static List<String> notes(int task, String kind) {
        JsonPath t = Api.task(task);
        return t.getList("notes.findAll { it.kind == '" + kind + "' }.detail");
    }

    @Test
    void targetsWithoutAnIndicatorSayWhyInTheTasksNotes() {
        for (int task : new int[] {35, 13, 20, 3}) {
            assertTrue(!notes(task, "target-without-indicator").isEmpty(), "task " + task);
        }
        assertTrue(notes(35, "target-without-indicator").get(0).contains("十大旅游知名景区"));
    }

    @Test
    void task32sDoneTargetsAreIndicatorsLikeTheCrossProvinceSettlement() {
        Api.as(gov.qinghai.followup.common.testing.Tokens.viewer()).get("/api/v1/tasks/32").then().statusCode(200)
                .body("indicators.code", hasItem("32-single-window"))
                .body("indicators.find { it.code == '32-china-europe-rail' }.unit", equalTo("实现=1"))
                .body("indicators.find { it.code == '32-china-europe-rail' }.comparator", equalTo("EQ"))
                .body("notes.detail", hasItem(containsString("32-single-window")));
    }

    @Test
    void task21sBeforeSeptemberIsReadAsByTheEndOfSeptember() {
        assertTrue(notes(21, "reading").get(0).contains("2017-09-30"));
        Api.as(gov.qinghai.followup.common.testing.Tokens.viewer()).get("/api/v1/tasks/21").then()
                .body("indicators.find { it.code == '21-coal' }.deadline", equalTo("2017-09-30"));
    }

    @Test
    void indicatorsDueAfterTheirTasksDateAreExplained() {
        for (int task : new int[] {34, 37, 39}) {
            assertTrue(notes(task, "indicator-deadline").get(0).contains("2017-12-31"), "task " + task);
        }
    }
}
