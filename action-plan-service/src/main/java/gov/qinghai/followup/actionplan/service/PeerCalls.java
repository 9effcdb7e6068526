package gov.qinghai.followup.actionplan.service;

import com.fasterxml.jackson.databind.JsonNode;
import gov.qinghai.followup.actionplan.config.PeersConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * The calls to peer services, each guarded: a timeout, two retries, and a circuit breaker that stops calling
 * a peer that keeps failing, without retrying while it is open (MP Fault Tolerance; override per method with
 * {@code <class>/<method>/CircuitBreaker/delay=...}).
 */
@ApplicationScoped
public class PeerCalls {
    @Inject
    PeersConfig config;

    PeerApi familyDoctors;
    PeerApi alliances;
    PeerApi projects;

    @PostConstruct
    void init() {
        familyDoctors = client(config.familyDoctorCoverage());
        alliances = client(config.allianceCoverage());
        projects = client(config.projectRates());
    }

    private static PeerApi client(PeersConfig.Peer p) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(p.url().replaceAll("/+$", "") + p.path()))
                .connectTimeout(p.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(p.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(PeerApi.class);
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public JsonNode familyDoctorCoverage(String authorization, int year) {
        return familyDoctors.get(authorization, year, null);
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public JsonNode allianceCoverage(String authorization, int year) {
        return alliances.get(authorization, year, null);
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public JsonNode projectRates(String authorization, String asOf) {
        return projects.get(authorization, null, asOf);
    }
}
