package gov.qinghai.followup.common.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start with the development signing key's public half unless explicitly allowed: tokens minted
 * with the dev private key (in the repository) must never be accepted by a production deployment.
 */
@Singleton
public class DevKeyGuard {
    static final String DEV_KEY = "dev-keys/publicKey.pem";

    void check(@Observes StartupEvent event,
               @ConfigProperty(name = "mp.jwt.verify.publickey.location") String keyLocation,
               @ConfigProperty(name = "security.allow-dev-jwt-key") boolean allowDevKey) {
        verify(keyLocation, allowDevKey);
    }

    static void verify(String keyLocation, boolean allowDevKey) {
        if (DEV_KEY.equals(keyLocation) && !allowDevKey) {
            throw new IllegalStateException("refusing to start with the development JWT key: set JWT_PUBLIC_KEY_LOCATION "
                    + "to the identity provider's public key or JWKS URL (or ALLOW_DEV_JWT_KEY=true for a local run)");
        }
    }
}
