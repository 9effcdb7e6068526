package gov.qinghai.followup.transparency;

import gov.qinghai.followup.common.testing.DetailKeyChecks;
import org.junit.jupiter.api.Test;

/**
 * Every problem detail this service raises by key has its Chinese and English text (its own
 * problem-details_zh/en.properties or service-common's problems_zh/en.properties), and the two bundles hold the same
 * keys.
 */
class DetailKeysTest {

    @Test
    void everyRaisedKeyHasChineseAndEnglishText() {
        DetailKeyChecks.everyRaisedKeyHasChineseAndEnglishText();
    }
}
