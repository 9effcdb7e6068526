package gov.qinghai.followup.common.testing;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.operations.Operations;
import io.restassured.path.json.JsonPath;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Reads a tracked operation (a 202's Location) until it has finished, for the services' tests. */
public final class OperationPolling {
    private OperationPolling() {
    }

    /** The operation once succeeded or failed, read as {@code token}; fails the test after 60 s. */
    public static JsonPath finished(String location, String token) {
        String path = location.substring(location.indexOf(Operations.PATH));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            JsonPath op = given().header("Authorization", bearer(token)).get(path).then().statusCode(200)
                    .extract().jsonPath();
            if (Set.of("succeeded", "failed").contains(op.getString("state"))) {
                return op;
            }
            assertTrue(System.nanoTime() < deadline, "operation still " + op.getString("state") + " after 60 s");
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
