package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.outbox.Channel;
import gov.qinghai.followup.common.outbox.OutboxMessage;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.projects.domain.ReminderMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 134号 五: the reminder of a unit lists its unreported projects, however many the unit has. A job must not fail on
 * the size of the government's data: the message to people names the count and the first
 * {@value ReminderMessage#LISTED} 序号 with where the full list is, and the webhook's data and
 * {@code GET /api/v1/reminders/{id}/projects} carry every project. This test owns the months 2022-03 and 2022-04.
 */
@QuarkusTest
class LargeReminderTest {
    private static final int PROJECTS = 1_000;
    private static final String UNIT = "海东市政府";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aUnitWithAThousandUnreportedProjectsGetsItsReminderAndOverdueNoticeWithEveryProject() throws Exception {
        long fair = Fixtures.createFair();
        StringBuilder csv = new StringBuilder("seq,unit,name,party_a,party_b,total_investment,fund_sources,"
                + "responsible_leader,responsible_persons\n");
        for (int i = 1; i <= PROJECTS; i++) {
            csv.append(i).append(',').append(UNIT).append(",未报项目第").append(i).append("号,互助县政府,某公司,1.00,江苏,甲,乙\n");
        }
        given().header("Authorization", bearer(Tokens.admin())).contentType("text/csv; charset=UTF-8")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/fairs/" + fair + "/projects").then().statusCode(201).body("rows", equalTo(PROJECTS));
        Set<Long> mine = new HashSet<>();
        for (int page = 0; page < PROJECTS / 200; page++) {
            mine.addAll(given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair)
                    .queryParam("size", 200).queryParam("page", page).get("/api/v1/projects").then().statusCode(200)
                    .extract().jsonPath().getList("items.id", Long.class));
        }
        assertEquals(PROJECTS, mine.size());

        assertReminderCarriesEveryProject("monthly-reminder", "2022-04-01", "REMINDER", mine, "请于2022年4月5日前");
        assertReminderCarriesEveryProject("overdue-scan", "2022-04-06", "OVERDUE", mine, "已逾期");
    }

    private static void assertReminderCarriesEveryProject(String job, String date, String kind, Set<Long> mine,
                                                          String opening) throws Exception {
        given().header("Authorization", bearer(Tokens.admin())).queryParam("date", date)
                .post("/api/v1/admin/jobs/" + job + "/run").then().statusCode(200).body("ran", equalTo(true));

        JsonPath reminder = given().header("Authorization", bearer(Tokens.viewer())).queryParam("period", "2022-03")
                .queryParam("kind", kind).queryParam("size", 200).get("/api/v1/reminders").then().statusCode(200)
                .extract().jsonPath().setRootPath("items.find { it.unit == '" + UNIT + "' }");
        long id = reminder.getLong("id");
        List<Long> projectIds = reminder.getList("projectIds", Long.class);
        assertTrue(projectIds.containsAll(mine), "the reminder names every unreported project of the unit");
        assertEquals(projectIds.size(), reminder.getInt("projectCount"));
        String message = reminder.getString("message");
        assertTrue(message.startsWith(opening), message);
        assertTrue(message.contains(projectIds.size() + "个"), "the message gives the count: " + message);
        // 序号 restart in every fair's table: they are listed by fair, the unit's seed projects (59–96) first
        assertTrue(message.contains("序号：第18届青洽会 59、60、61、"), "序号 by fair: " + message);
        assertTrue(message.contains("；第"), "then the next fair's: " + message);
        assertTrue(message.contains("/api/v1/reminders/" + id + "/projects"), "and where the full list is: " + message);
        assertTrue(message.length() < 1_000, "the message stays readable: " + message.length() + " characters");

        // the full list, paged, in the reminder's order
        List<Long> listed = new ArrayList<>();
        int pages = given().header("Authorization", bearer(Tokens.viewer())).queryParam("size", 200)
                .get("/api/v1/reminders/" + id + "/projects").then().statusCode(200)
                .body("total", equalTo(projectIds.size())).extract().path("totalPages");
        for (int page = 0; page < pages; page++) {
            listed.addAll(given().header("Authorization", bearer(Tokens.viewer())).queryParam("size", 200)
                    .queryParam("page", page).get("/api/v1/reminders/" + id + "/projects").then().statusCode(200)
                    .body("items.unit.unique()", equalTo(List.of(UNIT)))
                    .extract().jsonPath().getList("items.id", Long.class));
        }
        assertEquals(projectIds, listed);

        // the receiving system (webhook) gets every project in the message's data
        String data = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find(
                "eventKey = ?1 and channel = ?2", ReminderMessage.eventKey(id), Channel.WEBHOOK).singleResult().data);
        JsonNode ids = JSON.readTree(data).path("projectIds");
        List<Long> sent = new ArrayList<>();
        ids.forEach(n -> sent.add(n.asLong()));
        assertEquals(projectIds, sent);
    }
}
