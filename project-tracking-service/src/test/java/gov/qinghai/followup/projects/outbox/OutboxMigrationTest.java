package gov.qinghai.followup.projects.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.outbox.Outbox;
import gov.qinghai.followup.common.outbox.Recipient;
import gov.qinghai.followup.projects.domain.Reminder;
import gov.qinghai.followup.projects.domain.ReminderMessage;
import gov.qinghai.followup.projects.domain.ResponsibleUnit;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V26 moves the deliveries queued before the outbox into it. This test migrates a schema of its own to V4, queues
 * deliveries the old way, migrates to the end and compares with what the outbox gives the same reminders now.
 */
@QuarkusTest
class OutboxMigrationTest {
    private static final String SCHEMA = "pt_outbox_migration_test";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    record Row(UUID id, String topic, String eventKey, String channel, String recipient, long sequence, String subject,
               String body, String data, String status, int attempts, String lastError) {
    }

    @Test
    void deliveriesQueuedBeforeTheOutboxBecomeMessagesWithTheIdsAndContentOfTheOutbox() throws Exception {
        Flyway before = flyway("4");
        before.clean();
        before.migrate();
        String unit;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select id, name from responsible_unit order by id limit 1")) {
                rs.next();
                unit = rs.getString("name");
                s.addBatch("insert into reminder (id, kind, period, unit_id, due_at, project_ids, message, created_at) values "
                        + "(7, 'OVERDUE', '2017-09', " + rs.getLong("id") + ", '2017-10-05T15:59:59.999999Z', '{3,5}', "
                        + "'已逾期：2017-09签约项目进展情况应于2017年10月5日前报送，序号：3、5', '2017-10-06T00:00:00Z'), "
                        + "(8, 'REMINDER', '2017-10', " + rs.getLong("id") + ", '2017-11-05T15:59:59.999999Z', '{3}', "
                        + "'请于2017年11月5日前报送', '2017-11-01T00:00:00Z')");
            }
            s.addBatch("insert into notification_delivery (id, reminder_id, channel, target, status, attempts, next_attempt_at, "
                    + "last_error, sent_at) values "
                    + "(1, 7, 'EMAIL', 'jkq@example.gov.cn', 'SENT', 1, '2017-10-06T00:00:00Z', null, '2017-10-06T00:00:01Z'), "
                    + "(2, 7, 'WEBHOOK', 'https://hooks.example.gov.cn/q', 'SENT', 2, '2017-10-06T00:01:00Z', null, '2017-10-06T00:01:02Z'), "
                    + "(3, 8, 'WEBHOOK', 'https://hooks.example.gov.cn/q', 'PENDING', 3, '2017-11-01T00:04:00Z', "
                    + "'ConnectException: null', null)");
            s.executeBatch();
        }

        flyway(null).migrate();

        List<Row> rows = new ArrayList<>();
        long lastWebhookSequence;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select * from outbox_message order by channel, sequence")) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject("id", UUID.class), rs.getString("topic"), rs.getString("event_key"),
                            rs.getString("channel"), rs.getString("recipient"), rs.getLong("sequence"),
                            rs.getString("subject"), rs.getString("body"), rs.getString("data"), rs.getString("status"),
                            rs.getInt("attempts"), rs.getString("last_error")));
                }
            }
            try (ResultSet rs = s.executeQuery("select last_sequence from outbox_recipient where channel = 'WEBHOOK'")) {
                rs.next();
                lastWebhookSequence = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("select to_regclass('notification_delivery') is null")) {
                rs.next();
                assertEquals(true, rs.getBoolean(1), "the old table is gone");
            }
        }
        flyway(null).clean();

        assertEquals(3, rows.size());
        Recipient hook = Recipient.webhook("https://hooks.example.gov.cn/q");
        Outbox.Message overdue = ReminderMessage.of(reminder(7, Reminder.Kind.OVERDUE, "2017-09", unit,
                "2017-10-05T15:59:59.999999Z", List.of(3L, 5L), "已逾期：2017-09签约项目进展情况应于2017年10月5日前报送，序号：3、5"));
        Outbox.Message reminder = ReminderMessage.of(reminder(8, Reminder.Kind.REMINDER, "2017-10", unit,
                "2017-11-05T15:59:59.999999Z", List.of(3L), "请于2017年11月5日前报送"));

        assertMessage(rows.get(0), overdue, Recipient.email("jkq@example.gov.cn"), 1, "SENT", 1);
        assertMessage(rows.get(1), overdue, hook, 1, "SENT", 2);
        assertMessage(rows.get(2), reminder, hook, 2, "PENDING", 3);
        assertEquals("ConnectException: null", rows.get(2).lastError());
        assertEquals(2, lastWebhookSequence, "the next message to the webhook gets sequence 3");
    }

    private static void assertMessage(Row row, Outbox.Message expected, Recipient to, long sequence, String status,
                                      int attempts) throws Exception {
        assertEquals(Outbox.messageId(expected.topic(), expected.eventKey(), to), row.id(), "the id Outbox.enqueue gives");
        assertEquals(expected.topic(), row.topic());
        assertEquals(expected.eventKey(), row.eventKey());
        assertEquals(to.channel().name(), row.channel());
        assertEquals(to.address(), row.recipient());
        assertEquals(sequence, row.sequence());
        assertEquals(expected.subject(), row.subject());
        assertEquals(expected.text(), row.body());
        assertEquals(JSON.readTree(JSON.writeValueAsString(expected.data())), JSON.readTree(row.data()));
        assertEquals(status, row.status());
        assertEquals(attempts, row.attempts());
    }

    private static Reminder reminder(long id, Reminder.Kind kind, String period, String unitName, String dueAt,
                                     List<Long> projectIds, String message) {
        Reminder r = new Reminder();
        r.id = id;
        r.kind = kind;
        r.period = period;
        r.unit = new ResponsibleUnit();
        r.unit.name = unitName;
        r.dueAt = Instant.parse(dueAt);
        r.projectIds = projectIds;
        r.message = message;
        return r;
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(url, user, password).schemas(SCHEMA).defaultSchema(SCHEMA)
                .createSchemas(true).cleanDisabled(false).locations("filesystem:src/main/resources/db/migration",
                        "classpath:db/outbox", "classpath:db/reports");
        return (target == null ? config : config.target(target)).load();
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        try (Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA);
        }
        return c;
    }
}
