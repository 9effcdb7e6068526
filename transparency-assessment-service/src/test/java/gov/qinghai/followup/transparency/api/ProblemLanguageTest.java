package gov.qinghai.followup.transparency.api;

import gov.qinghai.followup.common.testing.ProblemLanguageChecks;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Problem answers in Chinese by default, English on request: the test-jar's {@link ProblemLanguageChecks}, on the
 * admin outbox list's {@code size=abc}.
 */
@QuarkusTest
class ProblemLanguageTest extends ProblemLanguageChecks {
}
