package gov.qinghai.followup.actionplan;

import gov.qinghai.followup.common.testing.DetailKeyChecks;
import org.junit.jupiter.api.Test;

/**
 * Every problem detail this service raises ({@code Detail.of("ap.…", …)}) has a Chinese and an English text
 * (problem-details_zh/en.properties), and the two bundles hold the same keys. Plain JUnit: no Quarkus.
 */
class DetailKeysTest {
    @Test
    void everyRaisedKeyHasChineseAndEnglishText() {
        DetailKeyChecks.everyRaisedKeyHasChineseAndEnglishText();
    }
}
