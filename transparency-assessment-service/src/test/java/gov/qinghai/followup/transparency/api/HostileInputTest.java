package gov.qinghai.followup.transparency.api;

import gov.qinghai.followup.common.testing.HostileInputHarness;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Hostile input, every endpoint: every operation of the OpenAPI document, fixed seed, bounded count. */
@QuarkusTest
class HostileInputTest {

    @Test
    void everyOperationAnswersHostileInputWithProblemJsonNever5xx() {
        HostileInputHarness.forService("transparency-assessment-service")
                .seed(20171001L)
                .maxPerOperation(40)
                // 64 operations: the default 60 s budget left some unfuzzed on a loaded 2-core machine (77 s seen)
                .timeBudgetSeconds(150)
                .run();
    }
}
