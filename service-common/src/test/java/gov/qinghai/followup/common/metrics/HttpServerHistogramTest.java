package gov.qinghai.followup.common.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpServerHistogramTest {

    @Test
    void httpServerRequestsArePublishedWithBucketsAtTheTwoSecondTarget() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(HttpServerHistogram.filter());
        Timer timer = Timer.builder("http.server.requests").tag("uri", "/api/v1/units").register(registry);
        timer.record(Duration.ofMillis(1500));
        timer.record(Duration.ofMillis(2500));
        String scrape = registry.scrape();
        assertTrue(scrape.contains("http_server_requests_seconds_bucket{uri=\"/api/v1/units\",le=\"2.0\",} 1.0"), scrape);
        assertTrue(scrape.contains("http_server_requests_seconds_bucket{uri=\"/api/v1/units\",le=\"5.0\",} 2.0"), scrape);
        assertTrue(scrape.contains("http_server_requests_seconds_bucket{uri=\"/api/v1/units\",le=\"+Inf\",} 2.0"), scrape);
    }

    @Test
    void otherTimersGetNoBuckets() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(HttpServerHistogram.filter());
        Timer.builder("jobs.run").register(registry).record(Duration.ofSeconds(1));
        assertFalse(registry.scrape().contains("jobs_run_seconds_bucket"), registry.scrape());
    }
}
