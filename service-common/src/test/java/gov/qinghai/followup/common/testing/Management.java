package gov.qinghai.followup.common.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Requests to the running test service's management interface (health, metrics, {@code /q/openapi}, Swagger UI),
 * which listens on a port of its own: {@code quarkus.management.test-port=0} gives each test run a free one.
 */
public final class Management {
    private Management() {
    }

    public static int port() {
        String sys = System.getProperty("quarkus.management.test-port");
        if (sys != null && !sys.equals("0")) {
            return Integer.parseInt(sys);
        }
        return ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class)
                .filter(p -> p != 0)
                .orElseThrow(() -> new IllegalStateException("the management interface's test port is not known"));
    }

    /** RestAssured pointed at the management port. */
    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }
}
