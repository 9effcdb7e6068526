package gov.qinghai.followup.common.deploy;

import static gov.qinghai.followup.common.deploy.DeployManifestsTest.apps;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.codeMetrics;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.collectExprs;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.deploy;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.find;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.list;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.map;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.resources;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.root;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.single;
import static gov.qinghai.followup.common.deploy.DeployManifestsTest.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.deploy.DeployManifestsTest.App;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Monitoring, read from the files without a cluster or Prometheus: the ServiceMonitor scrapes every service's
 * management port, the PrometheusRule has an alert for each failure an operator must hear of and reads only series
 * that exist, the job alerts name jobs the code has, the pool meters are switched on, and the dashboard shows 0 where
 * a meter has no sample yet.
 */
class ObservabilityManifestsTest {
    static final Path MONITORING = Path.of("k8s/components/monitoring");
    /** What the alerts must cover, each by a name fragment of at least one alert. */
    static final Map<String, String> REQUIRED = Map.of(
            "service down", "ServiceDown",
            "readiness flapping", "ReadinessFlapping",
            "5xx rate", "5xxRate",
            "latency over target", "LatencyTarget",
            "outbox oldest undelivered message", "OutboxUndelivered",
            "job not run for its period", "JobNotRun",
            "database connections saturated", "PoolSaturated");

    static List<Map<String, Object>> alerts;

    @BeforeAll
    static void load() throws IOException {
        DeployManifestsTest.load();
        Map<String, Object> rule = single(deploy.resolve(MONITORING).resolve("prometheusrule.yaml"));
        alerts = new ArrayList<>();
        for (Object group : list(map(rule.get("spec")).get("groups"))) {
            list(map(group).get("rules")).forEach(r -> alerts.add(map(r)));
        }
    }

    @Test
    void productionIncludesTheMonitoringComponent() {
        Map<String, Object> k = single(deploy.resolve("k8s/overlays/production/kustomization.yaml"));
        assertTrue(list(k.get("components")).contains("../../components/monitoring"), "production lists components/monitoring");
        Map<String, Object> component = single(deploy.resolve(MONITORING).resolve("kustomization.yaml"));
        assertEquals("Component", component.get("kind"));
        assertEquals(Set.of("servicemonitor.yaml", "prometheusrule.yaml"), Set.copyOf(list(component.get("resources"))));
    }

    @Test
    void serviceMonitorScrapesTheManagementPortOfEveryService() {
        Map<String, Object> monitor = single(deploy.resolve(MONITORING).resolve("servicemonitor.yaml"));
        Map<String, Object> selector = map(map(monitor.get("spec")).get("selector"));
        assertEquals(Map.of("app.kubernetes.io/part-of", "qinghai-followup"), selector.get("matchLabels"));
        List<Object> names = list(map(list(selector.get("matchExpressions")).get(0)).get("values"));
        List<Map<String, Object>> base = resources(deploy.resolve("k8s/base"));
        for (App app : apps) {
            assertTrue(names.contains(app.name()), app.name() + " is scraped");
            Map<String, Object> service = find(base, "Service", app.name());
            assertTrue(list(map(service.get("spec")).get("ports")).stream().anyMatch(p -> "management".equals(map(p).get("name"))),
                    app.name() + ": the Service has the management port the ServiceMonitor names");
        }
        Map<String, Object> endpoint = map(list(map(monitor.get("spec")).get("endpoints")).get(0));
        assertEquals("management", endpoint.get("port"));
        assertEquals("/q/metrics", endpoint.get("path"));
    }

    @Test
    void everyRequiredAlertExistsWithADurationOrWindowAndTellsWhatToDo() {
        Set<String> names = alerts.stream().map(a -> str(a.get("alert"))).collect(Collectors.toCollection(TreeSet::new));
        REQUIRED.forEach((what, fragment) -> assertTrue(names.stream().anyMatch(n -> n.contains(fragment)), what + ": no alert in " + names));
        for (Map<String, Object> a : alerts) {
            String expr = str(a.get("expr"));
            assertNotNull(expr, a.get("alert") + ": expr");
            assertTrue(a.containsKey("for") || expr.matches("(?s).*\\[\\d+[mhd]\\].*"), a.get("alert") + ": a 'for' or a range window, never one sample");
            Map<String, Object> annotations = map(a.get("annotations"));
            assertNotNull(annotations.get("summary"), a.get("alert") + ": summary");
            assertNotNull(annotations.get("description"), a.get("alert") + ": description (what to look at)");
            assertTrue(Set.of("warning", "critical").contains(map(a.get("labels")).get("severity")), a.get("alert") + ": severity");
            assertTrue(expr.contains("namespace=\"qinghai-followup\""), a.get("alert") + ": only this system's series");
        }
    }

    /** Every series an alert reads is one the services, Quarkus, kube-state-metrics or CloudNativePG publish. */
    @Test
    void alertsReadOnlySeriesThatExist() throws IOException {
        Set<String> fromCode = codeMetrics().values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Pattern known = Pattern.compile("up|http_server_requests_seconds_(count|sum|max|bucket)|scheduled_methods_seconds_count"
                + "|outbox_messages_oldest_undelivered_age_seconds"
                + "|agroal_(active|available|awaiting|max_used)_count|kube_pod_status_ready|cnpg_backends_total|cnpg_pg_settings_setting");
        Set<String> unknown = new TreeSet<>();
        for (Map<String, Object> a : alerts) {
            Matcher m = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{").matcher(str(a.get("expr")));
            while (m.find()) {
                if (!fromCode.contains(m.group(1)) && !known.matcher(m.group(1)).matches()) {
                    unknown.add(a.get("alert") + ": " + m.group(1));
                }
            }
        }
        assertTrue(unknown.isEmpty(), "alerts read series nobody publishes: " + unknown);
        assertTrue(Files.readString(root.resolve("service-common/src/main/resources/META-INF/microprofile-config.properties"))
                .contains("quarkus.datasource.metrics.enabled=true"), "the pool alert reads agroal_*: datasource metrics on");
        String outbox = Files.readString(root.resolve("service-common/src/main/java/gov/qinghai/followup/common/outbox/OutboxDispatcher.java"));
        String alert = alerts.stream().filter(a -> str(a.get("alert")).contains("OutboxUndelivered")).map(a -> str(a.get("expr"))).findFirst().orElseThrow();
        assertTrue(outbox.contains("Gauge.builder(\"outbox.messages.oldest.undelivered.age\"") && outbox.contains(".baseUnit(\"seconds\")")
                && alert.contains("outbox_messages_oldest_undelivered_age_seconds") && alert.contains("> 3600"),
                "the outbox alert reads the dispatcher's age gauge (seconds) against one hour");
        String latency = alerts.stream().filter(a -> str(a.get("alert")).contains("LatencyTarget")).map(a -> str(a.get("expr"))).findFirst().orElseThrow();
        String histogram = Files.readString(root.resolve("service-common/src/main/java/gov/qinghai/followup/common/metrics/HttpServerHistogram.java"));
        assertTrue(latency.contains("histogram_quantile(0.99,") && latency.contains("http_server_requests_seconds_bucket")
                && histogram.contains("\"http.server.requests\"") && histogram.contains(" 2000,"),
                "the latency alert is the p99 of the buckets service-common publishes for http.server.requests, 2 s a boundary");
        assertTrue(outbox.contains("void poll()") && alert.contains("method=\"poll\"")
                && alert.contains("class=\"gov.qinghai.followup.common.outbox.OutboxDispatcher\""), "the outbox alert names the dispatcher's scheduled method");
    }

    /** The job alerts name jobs by the names the services record (JobRunLedger's job tag): a renamed job fails here. */
    @Test
    void jobAlertsNameJobsTheServicesRun() throws IOException {
        Set<String> constants = new TreeSet<>();
        Pattern constant = Pattern.compile("static final String [A-Z_]+ = \"([a-z][a-z-]+)\"");
        for (App app : apps) {
            try (Stream<Path> files = Files.walk(root.resolve(app.module()).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = constant.matcher(Files.readString(f));
                    while (m.find()) {
                        constants.add(m.group(1));
                    }
                }
            }
        }
        int named = 0;
        for (Map<String, Object> a : alerts) {
            Matcher m = Pattern.compile("exported_job=~\"([^\"]+)\"").matcher(str(a.get("expr")));
            while (m.find()) {
                for (String job : m.group(1).split("\\|")) {
                    assertTrue(constants.contains(job), a.get("alert") + " names job " + job + ", which no service defines");
                    named++;
                }
            }
        }
        assertTrue(named >= 8, "daily and monthly jobs of the four services: " + named);
    }

    /**
     * "Job not run for its period" covers daily, monthly, quarterly and annual jobs from the database-backed gauge
     * (service-common JobFreshness, the same on every replica), one alert per period kind; promtool unit-tests the
     * thresholds (deploy/checks/alert-rules.sh).
     */
    @Test
    void jobNotRunAlertsCoverEveryPeriodKindFromTheJobRunGauge() throws IOException {
        String freshness = Files.readString(root.resolve("service-common/src/main/java/gov/qinghai/followup/common/jobs/JobFreshness.java"));
        assertTrue(freshness.contains("Gauge.builder(\"jobs.last.success.period.end.timestamp\"") && freshness.contains("from job_run"),
                "the gauge is read from job_run");
        for (String kind : List.of("day", "month", "quarter", "year")) {
            assertTrue(alerts.stream().anyMatch(a -> str(a.get("alert")).contains("JobNotRun")
                    && str(a.get("expr")).contains("jobs_last_success_period_end_timestamp_seconds")
                    && str(a.get("expr")).contains("period_kind=\"" + kind + "\"")), "a JobNotRun alert for period_kind " + kind);
        }
        assertTrue(Files.isRegularFile(deploy.resolve("checks/alerts/alert-rules.test.yaml")), "promtool unit tests of the alerts");
    }

    /**
     * 等保 2.0 安全审计 asks for who did what, reads included: the cluster's services log every API request with the
     * token's subject (Quarkus' access log on the public port), through the console handler whose filter masks
     * 居民身份证号码.
     */
    @Test
    void clusterLogsEveryApiRequestWithItsUserThroughTheMaskingConsole() throws IOException {
        Map<String, Object> data = map(find(resources(deploy.resolve("k8s/base")), "ConfigMap", "qinghai-common").get("data"));
        assertEquals("true", data.get("QUARKUS_HTTP_ACCESS_LOG_ENABLED"));
        String pattern = str(data.get("QUARKUS_HTTP_ACCESS_LOG_PATTERN"));
        for (String field : List.of("%h", "%t", "%r", "%s", "%u")) {
            assertTrue(pattern.contains(field), "access log pattern has " + field + ": " + pattern);
        }
        String common = Files.readString(root.resolve("service-common/src/main/resources/META-INF/microprofile-config.properties"));
        assertTrue(common.contains("quarkus.log.console.filter=national-id-mask"), "the access log goes through the masking console filter");
        assertFalse(common.contains("quarkus.http.access-log.log-to-file"), "no file handler that would bypass the mask");
    }

    /**
     * A meter that has no sample yet (no job failed, no message sent, no 5xx) makes Grafana say "No data", which reads
     * like a broken scrape: those panels add "or on() vector(0)" (0 when the query is empty, nothing added otherwise;
     * a plain "or vector(0)" would add a stray zero series beside grouped results).
     */
    @Test
    void dashboardShowsZeroInsteadOfNoDataForMetersThatAppearLate() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(deploy.resolve("grafana/dashboard.json").toFile());
        List<String> exprs = new ArrayList<>();
        collectExprs(dashboard, exprs);
        Pattern late = Pattern.compile("\\b(jobs_run_seconds_\\w+|outbox_messages_\\w+|reports_generated_total|idempotency_records_purged_total"
                + "|scheduled_methods_seconds_\\w+|agroal_\\w+|reads_served_total)\\{|status=~\"5");
        List<String> missing = exprs.stream().filter(e -> late.matcher(e).find() && !e.endsWith(" or on() vector(0)")).toList();
        assertTrue(missing.isEmpty(), "panels that say No data until the first event: " + missing);
        assertTrue(exprs.stream().anyMatch(e -> e.contains("agroal_awaiting_count")), "a panel for requests waiting for a connection");
        assertFalse(exprs.stream().anyMatch(e -> e.contains(" or vector(0)")), "or on() vector(0), not a stray zero series");
    }
}
