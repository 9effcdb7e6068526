package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.testing.ProblemLanguageChecks;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Problem answers in Chinese by default, English on request: the test-jar's {@link ProblemLanguageChecks}. */
@QuarkusTest
class ProblemLanguageTest {
    private static final String BAD_SIZE = "/api/v1/admin/outbox?size=abc";

    @Test
    void aBadFieldIsChineseByDefaultAndEnglishOnRequest() {
        ProblemLanguageChecks.aBadFieldIsChineseByDefaultAndEnglishOnRequest(BAD_SIZE, "size");
    }

    @Test
    void theLanguageFollowsQValuesAndFallsBackToChinese() {
        ProblemLanguageChecks.theLanguageFollowsQValuesAndFallsBackToChinese(BAD_SIZE, "size");
    }
}
