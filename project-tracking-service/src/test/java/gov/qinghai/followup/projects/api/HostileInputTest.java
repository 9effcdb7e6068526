package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.testing.HostileInputHarness;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Hostile input, every endpoint: every operation of the OpenAPI document, fixed seed, bounded count. */
@QuarkusTest
class HostileInputTest {

    @Test
    void everyOperationAnswersHostileInputWithProblemJsonNever5xx() {
        HostileInputHarness.forService("project-tracking-service")
                .seed(20171001L)
                .maxPerOperation(40)
                .run();
    }
}
