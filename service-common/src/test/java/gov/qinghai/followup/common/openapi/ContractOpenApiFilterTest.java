package gov.qinghai.followup.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContractOpenApiFilterTest {
    @Test
    void aSharedOperationIdGetsTheServiceNameAfterItsVerb() {
        String service = ContractOpenApiFilter.serviceNoun("project-tracking-service");
        assertEquals("ProjectTracking", service);
        assertEquals("listProjectTrackingOutboxMessages", ContractOpenApiFilter.qualify("listOutboxMessages", service));
        assertEquals("runMedicalAllianceJob", ContractOpenApiFilter.qualify("runJob",
                ContractOpenApiFilter.serviceNoun("medical-alliance-service")));
    }
}
