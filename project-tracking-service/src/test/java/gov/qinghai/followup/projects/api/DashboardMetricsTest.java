package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.jobs.JobFreshness;
import gov.qinghai.followup.common.testing.Management;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every metric a Grafana panel (deploy/grafana/dashboard.json) queries is one this started service publishes on
 * /q/metrics, once the events that create it happened here: a request, a job run (which also stores reports), the
 * job freshness refresh. The few that only a live deployment creates are listed with the event and must then be
 * registered by the code under that name, and their panels show 0 until then ("or on() vector(0)").
 */
@QuarkusTest
class DashboardMetricsTest {
    /** Published by Prometheus itself, not by a service. */
    static final Set<String> FROM_PROMETHEUS = Set.of("up");
    /** Series that appear with an event this test does not cause, and the code that registers each. */
    static final Map<String, String> LATE = Map.of(
            "outbox_messages_delivered_total", "metrics.counter(\"outbox.messages.delivered\"",
            "outbox_messages_failed_total", "metrics.counter(\"outbox.messages.failed\"",
            "outbox_messages_cancelled_total", "metrics.counter(\"outbox.messages.cancelled\"",
            "idempotency_records_purged_total", "metrics.counter(\"idempotency.records.purged\"",
            "reads_served_total", "registry.counter(\"reads.served\"",
            "scheduled_methods_seconds_count", "quarkus.scheduler.metrics.enabled=true"); // no scheduler in tests

    @Inject
    JobFreshness freshness;

    @Test
    void everyMetricTheDashboardQueriesIsPublishedByAStartedService() throws IOException {
        Path root = root();
        JsonNode dashboard = new ObjectMapper().readTree(root.resolve("deploy/grafana/dashboard.json").toFile());
        List<String> exprs = new ArrayList<>();
        collect(dashboard, exprs);
        Set<String> queried = new TreeSet<>();
        Matcher selector = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{").matcher(String.join("\n", exprs));
        while (selector.find()) {
            queried.add(selector.group(1));
        }
        assertTrue(queried.contains("outbox_messages_oldest_undelivered_age_seconds"), "a panel for the outbox's oldest undelivered message");

        // the events that create the lazily registered series
        given().header("Authorization", bearer(Tokens.admin())).queryParam("date", "2022-04-06")
                .post("/api/v1/admin/jobs/quarterly-report/run").then().statusCode(200);
        freshness.refresh();
        System.gc(); // jvm_gc_pause_seconds appears with the first collection

        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> published = new TreeSet<>();
        Matcher line = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]").matcher(metrics);
        while (line.find()) {
            published.add(line.group(1));
        }
        String code;
        try (Stream<Path> files = Stream.of(root.resolve("service-common/src/main/java"), root.resolve("service-common/src/main/resources"))
                .flatMap(DashboardMetricsTest::walk)) {
            code = files.filter(Files::isRegularFile).map(DashboardMetricsTest::read).collect(Collectors.joining("\n"));
        }
        List<String> missing = new ArrayList<>();
        for (String m : queried) {
            if (published.contains(m) || FROM_PROMETHEUS.contains(m)) {
                continue;
            }
            if (!LATE.containsKey(m) || !code.contains(LATE.get(m))) {
                missing.add(m);
            }
        }
        assertEquals(List.of(), missing, "panels query metrics this service does not publish");
        for (String e : exprs) {
            if (LATE.keySet().stream().anyMatch(e::contains)) {
                assertTrue(e.endsWith(" or on() vector(0)"), "a series that appears late shows 0 until then: " + e);
            }
        }
        String age = exprs.stream().filter(e -> e.contains("outbox_messages_oldest_undelivered_age_seconds")).findFirst().orElseThrow();
        assertTrue(age.endsWith(" or on() vector(0)"), "the oldest undelivered age panel shows 0, not No data: " + age);
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("deploy/grafana/dashboard.json"))) {
                return p;
            }
        }
        throw new IllegalStateException("deploy/grafana/dashboard.json not found above " + Path.of("").toAbsolutePath());
    }

    private static void collect(JsonNode node, List<String> into) {
        if (node.isObject() && node.has("expr") && node.get("expr").isTextual()) {
            into.add(node.get("expr").asText());
        }
        node.elements().forEachRemaining(child -> collect(child, into));
    }

    private static Stream<Path> walk(Path p) {
        try {
            return Files.walk(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }
}
