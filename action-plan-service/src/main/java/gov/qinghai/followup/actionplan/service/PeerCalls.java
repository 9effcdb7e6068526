package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.config.PeersConfig;
import gov.qinghai.followup.client.medical.api.CoverageApi;
import gov.qinghai.followup.client.medical.api.FamilyDoctorApi;
import gov.qinghai.followup.client.medical.model.FamilyDoctorCoverage;
import gov.qinghai.followup.client.medical.model.PrefectureAllianceCoverageReport;
import gov.qinghai.followup.client.projects.api.RatesApi;
import gov.qinghai.followup.client.projects.model.Result;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * The calls to peer services, through the clients generated from the peers' own OpenAPI documents (module clients,
 * from docs/openapi/*.json, which each peer's OpenApiContractTest keeps equal to what it serves): a peer that renames
 * an operation, a parameter or a field this service reads breaks this module's build, not production. Each call is
 * guarded: a timeout, two retries, and a circuit breaker that stops calling a peer that keeps failing, without
 * retrying while it is open (MP Fault Tolerance; override per method with {@code <class>/<method>/CircuitBreaker/delay=...}).
 */
@ApplicationScoped
public class PeerCalls {
    @Inject
    PeersConfig config;

    FamilyDoctorApi familyDoctors;
    CoverageApi alliances;
    RatesApi projects;

    @PostConstruct
    void init() {
        familyDoctors = new FamilyDoctorApi(medical(config.familyDoctorCoverage()));
        alliances = new CoverageApi(medical(config.allianceCoverage()));
        PeersConfig.Peer p = config.projectRates();
        gov.qinghai.followup.client.projects.ApiClient c = new gov.qinghai.followup.client.projects.ApiClient()
                .setConnectTimeout(p.connectTimeout()).setReadTimeout(p.readTimeout());
        c.updateBaseUri(base(p));
        projects = new RatesApi(c);
    }

    private static gov.qinghai.followup.client.medical.ApiClient medical(PeersConfig.Peer p) {
        gov.qinghai.followup.client.medical.ApiClient c = new gov.qinghai.followup.client.medical.ApiClient()
                .setConnectTimeout(p.connectTimeout()).setReadTimeout(p.readTimeout());
        c.updateBaseUri(base(p));
        return c;
    }

    private static String base(PeersConfig.Peer p) {
        return p.url().replaceAll("/+$", "");
    }

    private static Map<String, String> headers(String authorization) {
        Map<String, String> h = new HashMap<>();
        if (authorization != null) {
            h.put("Authorization", authorization);
        }
        return h;
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public FamilyDoctorCoverage familyDoctorCoverage(String authorization, int year) {
        try {
            return familyDoctors.getFamilyDoctorCoverage(year, null, headers(authorization));
        } catch (gov.qinghai.followup.client.medical.ApiException e) {
            throw new PeerCallFailed(e.getCode(), e);
        }
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public PrefectureAllianceCoverageReport allianceCoverage(String authorization, int year) {
        try {
            return alliances.getPrefectureCoverage(year, headers(authorization));
        } catch (gov.qinghai.followup.client.medical.ApiException e) {
            throw new PeerCallFailed(e.getCode(), e);
        }
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public Result projectRates(String authorization, LocalDate asOf) {
        try {
            return projects.getProjectRates(asOf, null, null, null, headers(authorization));
        } catch (gov.qinghai.followup.client.projects.ApiException e) {
            throw new PeerCallFailed(e.getCode(), e);
        }
    }

    /** A peer call that got no usable answer: {@code status} is the peer's HTTP status, 0 when none came back. */
    public static class PeerCallFailed extends RuntimeException {
        public final int status;

        PeerCallFailed(int status, Exception cause) {
            super(status == 0 ? "no answer" : "HTTP " + status, cause.getCause() != null ? cause.getCause() : cause);
            this.status = status;
        }
    }
}
