package gov.qinghai.followup.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** A bearer token is verified once and then served from the cache, never past its expiry or max-age. */
class VerifiedTokenCacheTest {
    static final long T0 = 1_800_000_000_000L;
    final AtomicLong now = new AtomicLong(T0);
    /** token text → seconds of its exp claim; a token not in here fails verification. */
    final Map<String, Long> valid = new HashMap<>();
    final Map<String, Integer> verifications = new HashMap<>();

    /** The stand-in for smallrye-jwt's parser: counts the verifications it does. */
    final JWTParser verifier = (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {JWTParser.class}, (proxy, method, args) -> {
                if (!method.getName().equals("parse") || args.length != 1) {
                    throw new UnsupportedOperationException(method.getName());
                }
                String token = (String) args[0];
                verifications.merge(token, 1, Integer::sum);
                Long exp = valid.get(token);
                if (exp == null || exp * 1000 <= now.get()) {
                    throw new ParseException("rejected: " + token);
                }
                return jwt(token, exp);
            });

    VerifiedTokenCache cache(Duration maxAge, int size) {
        return new VerifiedTokenCache(verifier, maxAge, size, now::get,
                new TokenLifetime(Duration.ofSeconds(60), Duration.ofDays(3650)));
    }

    static JsonWebToken jwt(String name, long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return claim.equals("exp") ? (T) Long.valueOf(exp) : null;
            }
        };
    }

    @Test
    void aTokenIsVerifiedOnceAndServedAgainUntilMaxAge() throws Exception {
        valid.put("a", T0 / 1000 + 3600);
        VerifiedTokenCache c = cache(Duration.ofMinutes(3), 10);
        JsonWebToken first = c.parse("a");
        now.addAndGet(Duration.ofMinutes(3).toMillis() - 1);
        assertSame(first, c.parse("a"));
        assertEquals(1, verifications.get("a"));
        now.addAndGet(1); // max-age reached: verified again
        c.parse("a");
        assertEquals(2, verifications.get("a"));
    }

    @Test
    void aTokenIsNeverServedFromTheCacheOnceItHasExpired() throws Exception {
        valid.put("short", T0 / 1000 + 10);
        VerifiedTokenCache c = cache(Duration.ofMinutes(3), 10);
        c.parse("short");
        now.addAndGet(9_999);
        c.parse("short");
        assertEquals(1, verifications.get("short"));
        now.addAndGet(1); // its exp: the full check decides, and refuses it
        assertThrows(ParseException.class, () -> c.parse("short"));
        assertEquals(2, verifications.get("short"));
        assertEquals(0, c.size());
    }

    @Test
    void aRejectedTokenIsNotKept() {
        VerifiedTokenCache c = cache(Duration.ofMinutes(3), 10);
        assertThrows(ParseException.class, () -> c.parse("forged"));
        assertThrows(ParseException.class, () -> c.parse("forged"));
        assertEquals(2, verifications.get("forged"));
        assertEquals(0, c.size());
    }

    @Test
    void onlyTheExactTokenTextIsServedFromTheCache() throws Exception {
        valid.put("a", T0 / 1000 + 3600);
        VerifiedTokenCache c = cache(Duration.ofMinutes(3), 10);
        c.parse("a");
        assertThrows(ParseException.class, () -> c.parse("a "));
        assertThrows(ParseException.class, () -> c.parse("A"));
        assertEquals(1, verifications.get("a"));
    }

    @Test
    void atMostSizeTokensAreKeptAndExpiredOnesMakeRoom() throws Exception {
        for (String t : new String[] {"a", "b", "c"}) {
            valid.put(t, T0 / 1000 + 3600);
        }
        valid.put("soon", T0 / 1000 + 5);
        VerifiedTokenCache c = cache(Duration.ofMinutes(3), 2);
        c.parse("soon");
        c.parse("a");
        c.parse("b"); // full: verified, not kept
        c.parse("b");
        assertEquals(2, verifications.get("b"));
        assertEquals(2, c.size());
        now.addAndGet(5_000); // "soon" has expired and gives its place
        c.parse("c");
        c.parse("c");
        assertEquals(1, verifications.get("c"));
        assertEquals(2, c.size());
    }

    @Test
    void maxAgeZeroVerifiesEveryTime() throws Exception {
        valid.put("a", T0 / 1000 + 3600);
        VerifiedTokenCache c = cache(Duration.ZERO, 10);
        c.parse("a");
        c.parse("a");
        assertEquals(2, verifications.get("a"));
    }
}
