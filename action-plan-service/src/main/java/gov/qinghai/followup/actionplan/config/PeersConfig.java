package gov.qinghai.followup.actionplan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the peer services that measure linked indicators answer (env MEDICAL_ALLIANCE_URL, PROJECT_TRACKING_URL): the
 * base URL only; the paths are the peers' contract, in the clients generated from their OpenAPI documents.
 */
@ConfigMapping(prefix = "action-plan.peers")
public interface PeersConfig {
    /** medical-alliance-service: 家庭医生签约 coverage per 市州 (135号 任务29, key coveragePct). */
    Peer familyDoctorCoverage();

    /** medical-alliance-service: effective 医联体 per 市州 (135号 任务29, key effectiveAlliances). */
    Peer allianceCoverage();

    /** project-tracking-service: 青洽会 履约率/开工率/资金到位率 (135号 任务39, targets of 134号). */
    Peer projectRates();

    /**
     * The service key (a PEM private key: file path or classpath resource) action-plan signs a short-lived token with
     * for every peer call (service.PeerToken). The peers must trust its public key (README, production).
     */
    Optional<String> signingKey();

    /** How long a minted peer token lives. */
    @WithDefault("5M")
    Duration tokenLifetime();

    /** A static token for peers, used without a signing key; without either the caller's own token is passed on. */
    Optional<String> token();

    /**
     * How long a fetched figure stands as live for the task status before the peer is asked again (status lists and
     * jobs would otherwise call the peers on every request).
     */
    @WithDefault("5M")
    Duration freshFor();

    interface Peer {
        String url();

        @WithDefault("2S")
        Duration connectTimeout();

        @WithDefault("3S")
        Duration readTimeout();
    }
}
