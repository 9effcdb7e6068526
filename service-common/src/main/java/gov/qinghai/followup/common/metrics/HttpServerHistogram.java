package gov.qinghai.followup.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Histogram buckets for {@code http.server.requests}, so that Prometheus can compute the p99 of each endpoint
 * ({@code histogram_quantile(0.99, sum by (le, ...) (rate(http_server_requests_seconds_bucket[5m])))}, the
 * PrometheusRule QinghaiRequestsOverLatencyTarget). Fixed buckets rather than Micrometer's percentiles histogram
 * (about 70 buckets per uri and status): a dozen boundaries around the 2 s target keep the series few, and the target
 * itself is a boundary, so "p99 over 2 s" is read without interpolation across it. 300 s is the import route's timeout.
 */
@Singleton
public class HttpServerHistogram {
    static final String METER = "http.server.requests";
    static final Duration[] BUCKETS = Stream.of(25, 50, 100, 250, 500, 1000, 2000, 5000, 10_000, 30_000, 60_000, 300_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    @Produces
    @Singleton
    MeterFilter httpServerRequestsHistogram() {
        return filter();
    }

    static MeterFilter filter() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!METER.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(Stream.of(BUCKETS).mapToDouble(d -> (double) d.toNanos()).toArray())
                        .build().merge(config);
            }
        };
    }
}
