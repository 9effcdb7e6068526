package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.testing.OutboxAdminChecks;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Operating the outbox (service-common OutboxOperations, /api/v1/admin/outbox) in this service's schema: the checks
 * of the test-jar's {@link OutboxAdminChecks}, which project-tracking runs too.
 */
@QuarkusTest
class OutboxAdminTest extends OutboxAdminChecks {
    OutboxAdminTest() {
        super("青海省人民医院");
    }
}
