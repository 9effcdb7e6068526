package gov.qinghai.followup.common.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Per-request cost: the bearer token of a request is verified once, not on every request. Checking the RS256
 * signature of a token took about a quarter of the CPU time of a simple authenticated GET (C1-compiled BigInteger
 * arithmetic on the event loop, see deploy/bench/PROFILE.md), and a client sends the same token with every request
 * until it expires.
 *
 * <p>The bearer-token check (smallrye-jwt's {@code MpJwtValidator}) asks this parser; it hands every token it has
 * not seen to smallrye-jwt's own parser, which verifies signature, issuer, expiry and the other claims as before.
 * Only a token that passed that check is kept, keyed by its exact text, and only until the earlier of its {@code exp}
 * and {@code security.jwt.verified-cache.max-age} (default 3 min, as Quarkus OIDC's token cache) after the check: an
 * expired, rejected or unseen token always goes through the full check, so what is accepted is unchanged; a key
 * removed from the identity provider's key set stops counting for a token already seen within max-age at the latest
 * (smallrye-jwt itself keeps a fetched key set for an hour). At most {@code security.jwt.verified-cache.size} tokens
 * are kept (default 1,000, a few MB); past that, expired entries are dropped and new tokens are verified each time.
 * max-age 0 switches the cache off.
 */
@Alternative
@Priority(1)
@Singleton
public class VerifiedTokenCache implements JWTParser {
    private final JWTParser verifier;
    private final long maxAgeMillis;
    private final int maxEntries;
    private final LongSupplier clock;
    private final TokenLifetime lifetime;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    record Entry(JsonWebToken token, long until) {
    }

    @Inject
    public VerifiedTokenCache(DefaultJWTParser verifier, JwtConfig config) {
        this(verifier, config.verifiedCache().maxAge(), config.verifiedCache().size(), System::currentTimeMillis,
                new TokenLifetime(config.iatSkew(), config.maxLifetime()));
    }

    VerifiedTokenCache(JWTParser verifier, Duration maxAge, int maxEntries, LongSupplier clock, TokenLifetime lifetime) {
        this.verifier = verifier;
        this.lifetime = lifetime;
        this.maxAgeMillis = maxAge.toMillis();
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.getAsLong();
        if (maxAgeMillis <= 0 || maxEntries <= 0 || token == null) {
            return checked(verifier.parse(token), now);
        }
        Entry e = entries.get(token);
        if (e != null) {
            if (now < e.until()) {
                return e.token();
            }
            entries.remove(token, e);
        }
        JsonWebToken verified = checked(verifier.parse(token), now); // throws for a token that fails any check: nothing is kept
        long exp = verified.getExpirationTime() * 1000;
        long until = Math.min(exp, now + maxAgeMillis);
        if (exp > 0 && until > now && room(now)) {
            entries.put(token, new Entry(verified, until));
        }
        return verified;
    }

    private JsonWebToken checked(JsonWebToken verified, long nowMillis) throws ParseException {
        lifetime.check(verified, nowMillis / 1000);
        return verified;
    }

    private boolean room(long now) {
        if (entries.size() < maxEntries) {
            return true;
        }
        entries.values().removeIf(x -> x.until() <= now);
        return entries.size() < maxEntries;
    }

    int size() {
        return entries.size();
    }

    // Every other use (explicit keys, decryption, parse without verification) goes straight to smallrye-jwt.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
