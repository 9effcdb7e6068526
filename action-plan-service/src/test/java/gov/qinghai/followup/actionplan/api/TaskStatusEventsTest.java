package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.json;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.runJob;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.actionplan.domain.TaskStatus;
import gov.qinghai.followup.actionplan.service.StatusChanges;
import gov.qinghai.followup.common.testing.EventChecks;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * task.status-changed comes from the one place a status change is recorded (service.StatusChanges), in its
 * transaction: never for a change rolled back; the overdue scan announces a task newly OVERDUE once, not again on a
 * re-run. Task 47 (no indicator in the seed, used by no other test) gets an indicator of its own falling due on
 * 2017-09-10, a day no other test scans.
 */
@QuarkusTest
class TaskStatusEventsTest {
    private static final String TYPE_FILTER = "items.findAll { it.event.type == '%s' && it.event.subject == '%s' }.event.data";

    @Inject
    StatusChanges changes;
    @Inject
    EntityManager em;

    private static List<Map<String, Object>> statusEvents(String cursor, String subject) {
        return EventChecks.feed(cursor, Tokens.viewer()).getList(String.format(TYPE_FILTER,
                EventChecks.type(StatusChanges.EVENT), subject));
    }

    @Test
    void aRolledBackStatusChangeIsNeitherRecordedNorPublished() {
        String cursor = EventChecks.feedEnd();
        LocalDate day = LocalDate.of(2017, 9, 21); // a day no other change of task 46 is recorded for
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            changes.record(StatusChanges.overdue(Task.findById(taskId(46)), day, TaskStatus.AT_RISK, TaskStatus.OVERDUE,
                    List.of(), "rollback-test"));
            throw new IllegalStateException("the change fails after its status change was recorded");
        }));
        assertEquals(List.of(), statusEvents(cursor, "tasks/46"), "a rolled-back change publishes nothing");
        assertEquals(0L, ((Number) em.createNativeQuery(
                "select count(*) from action_plan.status_change where recorded_by = 'rollback-test'").getSingleResult())
                .longValue());
    }

    @Test
    void theOverdueScanPublishesOneChangePerNewlyOverdueTaskAndNoneOnAReRun() {
        post(Tokens.admin(), "/api/v1/tasks/47/indicators", json(Map.of("code", "47-event-a", "name", "事件测试指标甲",
                "unit", "个", "comparator", "GE", "target", 5, "deadline", "2017-09-10", "deadlineBasis",
                "test: set by admin", "sourcePhrase", "事件测试"))).then().statusCode(201);
        post(Tokens.admin(), "/api/v1/tasks/47/indicators", json(Map.of("code", "47-event-b", "name", "事件测试指标乙",
                "unit", "个", "comparator", "GE", "target", 3, "deadline", "2017-09-10", "deadlineBasis",
                "test: set by admin", "sourcePhrase", "事件测试"))).then().statusCode(201);
        String cursor = EventChecks.feedEnd();
        runJob("overdue-scan", "2017-09-11").then().statusCode(200).body("ran", equalTo(true));
        List<Map<String, Object>> events = statusEvents(cursor, "tasks/47");
        assertEquals(1, events.size(), "two indicators of one task newly overdue: one status change: " + events);
        Map<String, Object> e = events.get(0);
        assertEquals("OVERDUE", e.get("status"));
        assertEquals("OVERDUE_SCAN", e.get("cause"));
        assertEquals("2017-09-11", e.get("judgedOn"));
        assertEquals(List.of("47-event-a", "47-event-b"), e.get("indicators"));
        String previous = as(Tokens.viewer()).queryParam("asOf", "2017-09-10").get("/api/v1/tasks/47/status").then()
                .statusCode(200).extract().path("status");
        assertEquals(previous, e.get("previousStatus"), "from the status of the day before");
        as(Tokens.viewer()).get("/api/v1/tasks/47/status-history").then().statusCode(200)
                .body("findAll { it.cause == 'OVERDUE_SCAN' }.size()", equalTo(1))
                .body("find { it.cause == 'OVERDUE_SCAN' }.statusAfter", equalTo("OVERDUE"))
                .body("find { it.cause == 'OVERDUE_SCAN' }.causeLabel", equalTo("逾期检查"));

        runJob("overdue-scan", "2017-09-11").then().statusCode(200).body("ran", equalTo(false));
        runJob("overdue-scan", "2017-09-12").then().statusCode(200).body("ran", equalTo(true));
        assertEquals(1, statusEvents(cursor, "tasks/47").size(), "still overdue the next day: nothing new");
    }

    private long taskId(int number) {
        return ((Number) em.createNativeQuery("select id from action_plan.task where number = ?1")
                .setParameter(1, number).getSingleResult()).longValue();
    }
}
