package gov.qinghai.followup.actionplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PEER_SIGNING_KEY names a key file (deploy/run.sh, the manifests' mounted Secret) or a class-path resource. */
class PeerTokenKeyTest {
    @TempDir
    Path dir;

    @Test
    void readsTheServiceKeyFromAFilePathWithOrWithoutTheFilePrefix() throws Exception {
        Path key = dir.resolve("peer-key.pem");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dev-keys/privateKey.pem")) {
            Files.copy(in, key);
        }
        PrivateKey fromClassPath = PeerToken.readKey("dev-keys/privateKey.pem");
        assertEquals(fromClassPath, PeerToken.readKey(key.toString()));
        assertEquals(fromClassPath, PeerToken.readKey("file:" + key));
    }

    @Test
    void refusesALocationWithNoKey() {
        assertThrows(Exception.class, () -> PeerToken.readKey(dir.resolve("missing.pem").toString()));
    }
}
