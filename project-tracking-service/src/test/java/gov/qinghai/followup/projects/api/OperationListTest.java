package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.testing.OperationListChecks;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/operations}: the test-jar's {@link OperationListChecks} in this service's schema. */
@QuarkusTest
class OperationListTest {

    @Test
    void aCallerListsItsOwnOperationsAndAnAdminEveryones() {
        OperationListChecks.aCallerListsItsOwnOperationsAndAnAdminEveryones();
    }

    @Test
    void theListIsBoundedAndStrict() {
        OperationListChecks.theListIsBoundedAndStrict();
    }
}
