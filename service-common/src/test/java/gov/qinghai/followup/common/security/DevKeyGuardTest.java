package gov.qinghai.followup.common.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DevKeyGuardTest {

    @Test
    void refusesTheDevKeyUnlessAllowed() {
        assertThrows(IllegalStateException.class, () -> DevKeyGuard.verify("dev-keys/publicKey.pem", false));
        assertDoesNotThrow(() -> DevKeyGuard.verify("dev-keys/publicKey.pem", true));
    }

    @Test
    void acceptsAConfiguredKeyOrJwksUrl() {
        assertDoesNotThrow(() -> DevKeyGuard.verify("https://sso.example.gov.cn/certs", false));
        assertDoesNotThrow(() -> DevKeyGuard.verify("/etc/keys/idp.pem", false));
    }
}
