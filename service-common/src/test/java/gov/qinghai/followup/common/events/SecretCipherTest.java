package gov.qinghai.followup.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.outbox.WebhookSigning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subscription secrets sealed at rest with AES-256-GCM: never readable in the stored value, opened only by the key. */
class SecretCipherTest {
    @TempDir
    Path dir;

    private Path newKey(String name) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Files.writeString(dir.resolve(name), Base64.getEncoder().encodeToString(key) + "\n");
    }

    @Test
    void aSealedSecretHoldsNothingOfTheSecretAndOpensWithTheKey() throws Exception {
        SecretCipher cipher = SecretCipher.at(newKey("a.key").toString());
        UUID id = UUID.randomUUID();
        String secret = WebhookSigning.newSecret();
        String stored = cipher.seal(id, secret);
        assertTrue(stored.startsWith("v1:") && SecretCipher.isSealed(stored), stored);
        assertFalse(stored.contains(secret.substring("whsec_".length(), 12)), stored);
        assertTrue(stored.length() <= 200, "fits the column: " + stored.length());
        assertFalse(stored.equals(cipher.seal(id, secret)), "a fresh nonce each time");
        assertEquals(secret, cipher.open(id, stored));
    }

    @Test
    void anotherKeyOrAnotherRowFailsNamingTheSetting() throws Exception {
        SecretCipher mine = SecretCipher.at(newKey("a.key").toString());
        SecretCipher other = SecretCipher.at("file:" + newKey("b.key"));
        UUID id = UUID.randomUUID();
        String stored = mine.seal(id, WebhookSigning.newSecret());
        IllegalStateException wrongKey = assertThrows(IllegalStateException.class, () -> other.open(id, stored));
        assertTrue(wrongKey.getMessage().contains("EVENTS_SECRET_KEY"), wrongKey.getMessage());
        assertThrows(IllegalStateException.class, () -> mine.open(UUID.randomUUID(), stored), "bound to its row");
        assertThrows(IllegalStateException.class, () -> mine.open(id, "whsec_plain"), "plain text is not opened");
    }

    @Test
    void aMissingOrMalformedKeyIsRefusedNamingTheSetting() throws Exception {
        Path shortKey = Files.writeString(dir.resolve("short.key"), Base64.getEncoder().encodeToString(new byte[16]));
        for (String location : java.util.List.of(dir.resolve("none.key").toString(), shortKey.toString())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> SecretCipher.at(location));
            assertTrue(e.getMessage().startsWith("EVENTS_SECRET_KEY"), e.getMessage());
        }
        assertTrue(SecretCipher.isDevKey(SecretCipher.DEV_KEY_RESOURCE));
    }
}
