package gov.qinghai.followup.common.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the admin outbox API shows of a recipient: no credential of a webhook URL, and filters that cannot probe one. */
class OutboxAddressesTest {

    @Test
    void aWebhookIsShownWithoutUserInfoQueryOrFragment() {
        assertEquals("https://oapi.dingtalk.com/robot/send?***",
                OutboxAddresses.display(Channel.WEBHOOK, "https://oapi.dingtalk.com/robot/send?access_token=0123abcd"));
        assertEquals("https://***@hooks.example.gov.cn:8443/q#***",
                OutboxAddresses.display(Channel.WEBHOOK, "https://bot:s3cret@hooks.example.gov.cn:8443/q#frag"));
        assertEquals("https://hooks.example.gov.cn/q", OutboxAddresses.display(Channel.WEBHOOK, "https://hooks.example.gov.cn/q"));
        assertEquals("***", OutboxAddresses.display(Channel.WEBHOOK, "not a url"));
    }

    @Test
    void anEmailAddressIsShownAsItIs() {
        assertEquals("jkq@example.gov.cn", OutboxAddresses.display(Channel.EMAIL, "jkq@example.gov.cn"));
        assertEquals("no such mailbox: jkq@example.gov.cn",
                OutboxAddresses.scrub("no such mailbox: jkq@example.gov.cn", Channel.EMAIL, "jkq@example.gov.cn"));
    }

    @Test
    void anErrorNamingTheWebhookShowsItsShownForm() {
        String url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6";
        String scrubbed = OutboxAddresses.scrub("ConnectException: " + url + " refused", Channel.WEBHOOK, url);
        assertEquals("ConnectException: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?*** refused", scrubbed);
        assertFalse(scrubbed.contains("693a91f6"));
    }

    @Test
    void onlyTheShownFormBecomesAPatternAndOnlyItsMaskedPartsAreWildcards() {
        assertEquals(Optional.of("https://oapi.dingtalk.com/robot/send?%"),
                OutboxAddresses.shownFormPattern("https://oapi.dingtalk.com/robot/send?***"));
        assertEquals(Optional.of("https://%@hooks.example.gov.cn/my!_hook#%"),
                OutboxAddresses.shownFormPattern("https://***@hooks.example.gov.cn/my_hook#***"));
        assertTrue(OutboxAddresses.shownFormPattern("https://oapi.dingtalk.com/robot/send?access_token=a***").isEmpty(),
                "a guess at part of the secret is compared as it is");
        assertTrue(OutboxAddresses.shownFormPattern("https://hooks.example.gov.cn/q").isEmpty());
        assertTrue(OutboxAddresses.shownFormPattern("jkq@example.gov.cn").isEmpty());
        assertTrue(OutboxAddresses.shownFormPattern("***").isEmpty());
    }

    @Test
    void theAdminStatesFoldFailedIntoPending() {
        assertEquals(OutboxViews.State.PENDING, OutboxViews.State.of(OutboxMessage.Status.PENDING));
        assertEquals(OutboxViews.State.PENDING, OutboxViews.State.of(OutboxMessage.Status.FAILED));
        assertEquals(OutboxViews.State.DELIVERED, OutboxViews.State.of(OutboxMessage.Status.SENT));
        assertEquals(OutboxViews.State.CANCELLED, OutboxViews.State.of(OutboxMessage.Status.CANCELLED));
        assertTrue(OutboxMessage.Status.FAILED.undelivered());
        assertFalse(OutboxMessage.Status.CANCELLED.undelivered());
    }
}
