package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.common.testing.HostileInputHarness;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Hostile input, every endpoint: every operation of the OpenAPI document, fixed seed, bounded count. */
@QuarkusTest
class HostileInputTest {

    @Test
    void everyOperationAnswersHostileInputWithProblemJsonNever5xx() {
        HostileInputHarness.forService("action-plan-service")
                .seed(20171001L)
                .maxPerOperation(40)
                // about 60 operations on 2 shared cores: the default 60 s ran out before the last were fuzzed
                .timeBudgetSeconds(240)
                .run();
    }
}
