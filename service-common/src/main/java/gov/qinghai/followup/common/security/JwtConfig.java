package gov.qinghai.followup.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Bearer-token checks beyond the signature (service-common defaults; JWT_* environment variables). */
@ConfigMapping(prefix = "security.jwt")
public interface JwtConfig {
    /** How far in the future a token's iat may lie (clock skew); beyond is 401 (TokenLifetime). */
    Duration iatSkew();

    /** The longest exp - iat a token may have; longer is 401 (TokenLifetime). */
    Duration maxLifetime();

    @WithName("verified-cache")
    VerifiedCache verifiedCache();

    interface VerifiedCache {
        /** How long a verified token is not verified again; 0 s switches the cache off. */
        Duration maxAge();

        /** Tokens held at most. */
        int size();
    }
}
