package gov.qinghai.followup.common.security;

import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Limits on a verified token's times, beyond its signature and {@code exp}: a token issued in the future (its
 * {@code iat} later than now plus the allowed clock skew) was minted by a wrong clock or on purpose to outlive a key
 * rotation, and a token valid for longer than the configured maximum ({@code exp} minus {@code iat}, or minus now
 * when it has no {@code iat}) is a stolen-forever credential. Both are refused like a bad signature (401).
 */
public record TokenLifetime(Duration iatSkew, Duration maxLifetime) {

    /** Throws for a token outside the limits; {@code nowSeconds} is the epoch second of the check. */
    public void check(JsonWebToken token, long nowSeconds) throws ParseException {
        long iat = seconds(token, "iat");
        long exp = seconds(token, "exp");
        if (iat > nowSeconds + iatSkew.toSeconds()) {
            throw new ParseException("the token is issued in the future (iat " + iat + " is more than "
                    + iatSkew.toSeconds() + " s after now)");
        }
        long from = iat > 0 ? iat : nowSeconds;
        if (exp > 0 && exp - from > maxLifetime.toSeconds()) {
            throw new ParseException("the token lives " + (exp - from) + " s, more than security.jwt.max-lifetime ("
                    + maxLifetime.toSeconds() + " s)");
        }
    }

    /** A NumericDate claim in epoch seconds, 0 when absent (smallrye-jwt hands them over as Long or JsonNumber). */
    private static long seconds(JsonWebToken token, String claim) {
        Object v = token.getClaim(claim);
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof jakarta.json.JsonNumber n) {
            return n.longValue();
        }
        return 0;
    }
}
