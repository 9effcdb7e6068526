package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.testing.OutboxAdminChecks;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Operating the outbox (service-common OutboxOperations, /api/v1/admin/outbox) in this service's schema: the checks
 * of the test-jar's {@link OutboxAdminChecks}, which project-tracking runs too.
 */
@QuarkusTest
class OutboxAdminTest {

    @Test
    void aRefusedMessageBlocksNewerOnesUntilCancelledThenTheyAreDelivered() {
        OutboxAdminChecks.aRefusedMessageBlocksNewerOnesUntilCancelledThenTheyAreDelivered();
    }

    @Test
    void retryMakesAFailingMessageDueNowWithItsBackOffFromTheStart() {
        OutboxAdminChecks.retryMakesAFailingMessageDueNowWithItsBackOffFromTheStart();
    }

    @Test
    void theListIsPagedBoundedFilteredAndShowsNoSecrets() {
        OutboxAdminChecks.theListIsPagedBoundedFilteredAndShowsNoSecrets();
    }

    @Test
    void cancelWithoutAReasonIsRefusedNamingTheField() {
        OutboxAdminChecks.cancelWithoutAReasonIsRefusedNamingTheField();
    }

    @Test
    void onlyAnAdminMayReadRetryOrCancel() {
        OutboxAdminChecks.onlyAnAdminMayReadRetryOrCancel("青海省人民医院");
    }

    @Test
    void retryAndCancelOfAMessageBeingSentAnswerBusy() throws Exception {
        OutboxAdminChecks.retryAndCancelOfAMessageBeingSentAnswerBusy();
    }

    @Test
    void theOpenApiDocumentShowsEveryOperationWithExamples() {
        OutboxAdminChecks.theOpenApiDocumentShowsEveryOperationWithExamples();
    }
}
