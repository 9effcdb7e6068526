package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.config.PeersConfig;
import gov.qinghai.followup.common.security.Roles;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The Authorization header of a call to a peer service. With a service key (action-plan.peers.signing-key,
 * env PEER_SIGNING_KEY) every call carries a token minted for it: subject action-plan-service, role viewer (the
 * peers' figures are read-only aggregates), living action-plan.peers.token-lifetime (5 minutes), so scheduled jobs
 * never depend on a token a person must renew. Without a key: the static PEER_TOKEN if set, else the caller's own
 * token (a scheduled job has none).
 */
@ApplicationScoped
public class PeerToken {
    @Inject
    Clock clock;
    public static final String SUBJECT = "action-plan-service";
    @Inject
    PeersConfig config;
    @Inject
    JsonWebToken jwt;
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    private volatile PrivateKey key;

    public String authorization() {
        if (config.signingKey().isPresent()) {
            Instant now = Instant.now(clock);
            return "Bearer " + Jwt.issuer(issuer).subject(SUBJECT).upn(SUBJECT).groups(Set.of(Roles.VIEWER))
                    .issuedAt(now).expiresAt(now.plus(config.tokenLifetime())).sign(key());
        }
        if (config.token().isPresent()) {
            return "Bearer " + config.token().get();
        }
        if (!io.quarkus.arc.Arc.container().requestContext().isActive()) {
            return null; // a scheduled job has no caller's token to pass on: configure PEER_SIGNING_KEY
        }
        String raw = jwt == null ? null : jwt.getRawToken();
        return raw == null ? null : "Bearer " + raw;
    }

    private PrivateKey key() {
        PrivateKey k = key;
        if (k == null) {
            try {
                k = readKey(config.signingKey().get());
            } catch (Exception e) {
                throw new IllegalStateException("action-plan.peers.signing-key: no readable PEM private key at "
                        + config.signingKey().get(), e);
            }
            key = k;
        }
        return k;
    }

    /**
     * The PEM private key at {@code location}: a file path (optionally {@code file:}), as deploy/run.sh and the
     * manifests give it, else a class-path resource (the tests' dev key). SmallRye's own reader takes resources only.
     */
    static PrivateKey readKey(String location) throws Exception {
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        try {
            Path file = Path.of(path);
            if (Files.isRegularFile(file)) {
                return KeyUtils.decodePrivateKey(Files.readString(file));
            }
        } catch (InvalidPathException notAPath) {
            // not a file name: try the class path
        }
        return KeyUtils.readPrivateKey(location);
    }
}
