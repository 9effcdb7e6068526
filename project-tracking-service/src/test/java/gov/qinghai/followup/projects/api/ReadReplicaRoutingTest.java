package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.reads.ReadReplica;
import gov.qinghai.followup.common.testing.Sql;
import gov.qinghai.followup.common.testing.Tokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Stored period reports are read through the datasource "reads" (READ_DB_URL; here TEST_READ_DB_URL, by default the
 * test database itself, so the routing is seen by the connection that ran the query: the reads pool's own
 * application_name in pg_stat_activity), and a regeneration (a write, on the primary) is read back at once.
 * deploy/checks/replica.sh proves the same against a real streaming replica.
 */
@QuarkusTest
class ReadReplicaRoutingTest {
    private static final String BASE = "/api/v1/period-reports/quarterly/";

    @Inject
    DataSource primary;
    @Inject
    MeterRegistry registry;
    @Inject
    ReadReplica replica;
    @ConfigProperty(name = "quarkus.application.name")
    String app;

    @Test
    void aStoredReportIsReadOnTheReadsDatasourceAndARegenerationIsReadBackAtOnce() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        double before = served("reads");

        // the write goes to the primary; the caller's own read that follows sees it (version 1, then 2)
        for (int version = 1; version <= 2; version++) {
            given().header("Authorization", bearer(Tokens.admin())).queryParam("fairId", fair.id()).contentType("application/json")
                    .body(Map.of("reason", "routing " + version)).post(BASE + "2019-Q2/regenerate").then().statusCode(201)
                    .body("version", equalTo(version));
            given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id()).get(BASE + "2019-Q2")
                    .then().statusCode(200).body("version", equalTo(version)).body("quarter", equalTo("2019-Q2"));
        }
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id()).get(BASE + "2019-Q2/versions")
                .then().statusCode(200).body("version", equalTo(java.util.List.of(1, 2)));

        assertTrue(served("reads") >= before + 3, "the three reads went through the reads datasource");
        assertEquals(1, Sql.count(primary, """
                select count(*) from pg_stat_activity where datname = current_database() and application_name = ?
                   and query like '%period_report%' limit 1""", app + "-reads") > 0 ? 1 : 0,
                "a connection of the reads pool (application_name " + app + "-reads) ran the period-report query");
        ReadReplica.State state = replica.refresh();
        assertTrue(state.reachable(), "the reads datasource answers");
        assertFalse(state.standby(), "here it is the test database itself, not a standby: lag 0");
        assertEquals(0.0, state.lagSeconds());
    }

    private double served(String datasource) {
        return registry.find("reads.served").tag("datasource", datasource).counters().stream().mapToDouble(Counter::count).sum();
    }
}
