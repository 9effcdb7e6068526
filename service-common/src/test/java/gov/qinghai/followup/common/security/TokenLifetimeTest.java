package gov.qinghai.followup.common.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class TokenLifetimeTest {
    static final long NOW = 1_800_000_000L;
    final TokenLifetime limits = new TokenLifetime(Duration.ofSeconds(60), Duration.ofHours(24));

    static JsonWebToken token(Long iat, long exp) {
        Map<String, Object> claims = new HashMap<>();
        if (iat != null) {
            claims.put("iat", iat);
        }
        claims.put("exp", exp);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "t";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return (T) claims.get(claim);
            }
        };
    }

    @Test
    void refusesATokenIssuedInTheFutureBeyondTheSkew() {
        assertThrows(ParseException.class, () -> limits.check(token(NOW + 61, NOW + 3600), NOW));
        assertDoesNotThrow(() -> limits.check(token(NOW + 60, NOW + 3600), NOW));
    }

    @Test
    void refusesATokenLivingLongerThanTheMaximum() {
        assertThrows(ParseException.class, () -> limits.check(token(NOW, NOW + 24 * 3600 + 1), NOW));
        assertDoesNotThrow(() -> limits.check(token(NOW, NOW + 24 * 3600), NOW));
    }

    @Test
    void withoutIatTheLifetimeCountsFromNow() {
        assertThrows(ParseException.class, () -> limits.check(token(null, NOW + 30L * 24 * 3600), NOW));
        assertDoesNotThrow(() -> limits.check(token(null, NOW + 3600), NOW));
    }
}
