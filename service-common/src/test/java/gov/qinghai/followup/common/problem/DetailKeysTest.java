package gov.qinghai.followup.common.problem;

import gov.qinghai.followup.common.testing.DetailKeyChecks;
import org.junit.jupiter.api.Test;

/** Every detail service-common raises by key has its Chinese and English text in problems_zh/en.properties. */
class DetailKeysTest {

    @Test
    void everyRaisedKeyHasChineseAndEnglishText() {
        DetailKeyChecks.everyRaisedKeyHasChineseAndEnglishText();
    }
}
