package gov.qinghai.followup.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Set;

/** Bearer tokens signed with the dev key pair (service-common/src/test/resources/dev-keys). */
public final class Tokens {
    public static final String ISSUER = "https://sso.qinghai-followup.dev";
    private static final String KEY = "dev-keys/privateKey.pem";

    private Tokens() {
    }

    public static String admin() {
        return base("admin@test", "admin").sign(KEY);
    }

    public static String supervisor() {
        return base("supervisor@test", "supervisor").sign(KEY);
    }

    public static String viewer() {
        return base("viewer@test", "viewer").sign(KEY);
    }

    public static String reporter(String unit) {
        return base("reporter@" + unit, "reporter").claim("unit", unit).sign(KEY);
    }

    /** A token for a caller of its own, e.g. to exercise per-client limits without touching other tests. */
    public static String named(String upn, String role) {
        return base(upn, role).sign(KEY);
    }

    /** A validly signed token whose {@code groups} are exactly these (none, or roles nobody knows). */
    public static String withGroups(String... groups) {
        return Jwt.issuer(ISSUER).upn("groups-" + String.join("-", groups) + "@test").groups(Set.of(groups))
                .expiresIn(3600).sign(KEY);
    }

    /** A viewer token whose {@code iat} is this far in the future (and valid for an hour after it). */
    public static String issuedIn(long seconds) {
        Instant iat = Instant.now().plusSeconds(seconds);
        return base("viewer@test", "viewer").issuedAt(iat).expiresAt(iat.plusSeconds(3600)).sign(KEY);
    }

    /** A viewer token issued now that expires this far ahead. */
    public static String living(long seconds) {
        Instant now = Instant.now();
        return base("viewer@test", "viewer").issuedAt(now).expiresAt(now.plusSeconds(seconds)).sign(KEY);
    }

    public static String expired() {
        return base("admin@test", "admin").issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign(KEY);
    }

    /** A well-formed admin token signed by a key the services do not trust. */
    public static String foreignSigned() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            return base("admin@test", "admin").sign(gen.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static JwtClaimsBuilder base(String upn, String role) {
        return Jwt.issuer(ISSUER).upn(upn).groups(Set.of(role)).expiresIn(3600);
    }
}
