package gov.qinghai.followup.actionplan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where the peer services that measure linked indicators answer (env MEDICAL_ALLIANCE_URL, PROJECT_TRACKING_URL …). */
@ConfigMapping(prefix = "action-plan.peers")
public interface PeersConfig {
    /** medical-alliance-service: family-doctor coverage and alliances per 市州 (135号 任务29). */
    Peer medicalAlliance();

    /** project-tracking-service: 青洽会 履约率/开工率/资金到位率 (135号 任务39, targets of 134号). */
    Peer projectTracking();

    /** A service token for peers; without it the caller's own bearer token is passed on. */
    Optional<String> token();

    interface Peer {
        String url();

        String path();

        @WithDefault("2S")
        Duration connectTimeout();

        @WithDefault("3S")
        Duration readTimeout();
    }
}
