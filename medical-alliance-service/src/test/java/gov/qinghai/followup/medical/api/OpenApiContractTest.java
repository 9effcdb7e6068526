package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document keeps the contract clients are generated from (service-common OpenApiContract). */
@QuarkusTest
class OpenApiContractTest {
    @Test
    void everyOperationHasAUniqueCamelCaseIdAChineseFirstSummaryAndNoExampleSwaggerUiWouldSend() {
        OpenApiContract.assertHolds();
    }

    @Test
    void theServedDocumentIsTheCommittedContractTheClientsAreGeneratedFrom() {
        OpenApiContract.assertMatchesCommittedContract();
    }
}
