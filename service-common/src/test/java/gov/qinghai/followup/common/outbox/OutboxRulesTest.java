package gov.qinghai.followup.common.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbox's plain rules: back-off, stable ids, what a recipient and a message may be. */
class OutboxRulesTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void backOffDoublesFromTheFirstDelayUpToTheCap() {
        assertEquals(MINUTE, RetryBackoff.after(1, MINUTE, HOUR));
        assertEquals(Duration.ofMinutes(2), RetryBackoff.after(2, MINUTE, HOUR));
        assertEquals(Duration.ofMinutes(4), RetryBackoff.after(3, MINUTE, HOUR));
        assertEquals(Duration.ofMinutes(32), RetryBackoff.after(6, MINUTE, HOUR));
        assertEquals(HOUR, RetryBackoff.after(7, MINUTE, HOUR));
        assertEquals(HOUR, RetryBackoff.after(1_000, MINUTE, HOUR), "no overflow after many attempts");
        assertThrows(IllegalArgumentException.class, () -> RetryBackoff.after(0, MINUTE, HOUR));
    }

    @Test
    void theSameEventForTheSameRecipientAlwaysGetsTheSameId() {
        Recipient hook = Recipient.webhook("https://hooks.example.gov.cn/qinghai");
        Recipient mail = Recipient.email("jkq@example.gov.cn");
        assertEquals(Outbox.messageId("progress-reminder", "reminder-1", hook),
                Outbox.messageId("progress-reminder", "reminder-1", hook));
        assertNotEquals(Outbox.messageId("progress-reminder", "reminder-1", hook),
                Outbox.messageId("progress-reminder", "reminder-1", mail));
        assertNotEquals(Outbox.messageId("progress-reminder", "reminder-1", hook),
                Outbox.messageId("progress-reminder", "reminder-2", hook));
        assertNotEquals(Outbox.messageId("progress-reminder", "reminder-1", hook),
                Outbox.messageId("progress-overdue", "reminder-1", hook));
        assertEquals(3, Outbox.messageId("t", "k", hook).version(), "name-based UUID");
    }

    @Test
    void recipientsMustBeAnHttpUrlOrAnEmailAddress() {
        assertThrows(IllegalArgumentException.class, () -> Recipient.webhook("ftp://example.gov.cn/x"));
        assertThrows(IllegalArgumentException.class, () -> Recipient.webhook("not a url"));
        assertThrows(IllegalArgumentException.class, () -> Recipient.email("nobody"));
        assertThrows(IllegalArgumentException.class, () -> Recipient.email(" "));
        assertThrows(IllegalArgumentException.class, () -> Recipient.webhook("https://x.cn/" + "a".repeat(500)));
        assertEquals(Channel.EMAIL, Recipient.email("a@b.cn").channel());
    }

    @Test
    void messagesNeedATopicUsableAsAMetricTagAndAnEventKey() {
        assertThrows(IllegalArgumentException.class, () -> new Outbox.Message("Progress Reminder", "k", "s", "t", null));
        assertThrows(IllegalArgumentException.class, () -> new Outbox.Message("progress-reminder", " ", "s", "t", null));
        assertThrows(IllegalArgumentException.class, () -> new Outbox.Message("progress-reminder", "k".repeat(201), "s", "t", null));
        assertThrows(NullPointerException.class, () -> new Outbox.Message("progress-reminder", "k", null, "t", null));
        assertEquals("reminder-1", new Outbox.Message("progress-reminder", "reminder-1", "s", "t", Map.of()).eventKey());
    }
}
