package gov.qinghai.followup.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductionSecretsGuardTest {
    @TempDir
    Path dir;

    static String devPem() throws Exception {
        try (InputStream in = ProductionSecretsGuardTest.class.getClassLoader().getResourceAsStream("dev-keys/publicKey.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    static String otherPem() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        byte[] der = gen.generateKeyPair().getPublic().getEncoded();
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
    }

    static Map<String, String> production(String keyLocation) {
        Map<String, String> c = new HashMap<>();
        c.put("idempotency.fingerprint-secret", "a-real-secret-1");
        c.put("medical.patient-ref.secret", "a-real-secret-2");
        c.put("quarkus.datasource.password", "a-real-password");
        c.put("mp.jwt.verify.publickey.location", keyLocation);
        return c;
    }

    static List<String> refusals(Map<String, String> c) {
        return ProductionSecretsGuard.refusals(name -> Optional.ofNullable(c.get(name)));
    }

    @Test
    void startsWithOwnSecretsAndAnotherKey() throws Exception {
        Path key = Files.writeString(dir.resolve("idp.pem"), otherPem());
        assertEquals(List.of(), refusals(production(key.toString())));
        assertEquals(List.of(), refusals(production("https://sso.example.gov.cn/certs")));
    }

    @Test
    void refusesTheDevKeyHoweverItIsReferred() throws Exception {
        Path copy = Files.writeString(dir.resolve("renamed.pem"), devPem());
        for (String location : List.of("dev-keys/publicKey.pem", "classpath:dev-keys/publicKey.pem",
                "classpath:/dev-keys/publicKey.pem", copy.toString(), "file:" + copy, "file://" + copy)) {
            List<String> r = refusals(production(location));
            assertEquals(1, r.size(), location + ": " + r);
            assertTrue(r.get(0).startsWith("JWT_PUBLIC_KEY_LOCATION"), r.get(0));
        }
    }

    @Test
    void refusesTheDevKeyAsAJwksFileOrInline() throws Exception {
        BigInteger n = ProductionSecretsGuard.modulusOfPem(devPem());
        byte[] bytes = n.toByteArray();
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"e\":\"AQAB\",\"n\":\""
                + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\"}]}";
        Path file = Files.writeString(dir.resolve("jwks.json"), jwks);
        assertTrue(refusals(production("file:" + file)).get(0).startsWith("JWT_PUBLIC_KEY_LOCATION"));
        Map<String, String> inline = production("https://sso.example.gov.cn/certs");
        inline.put("mp.jwt.verify.publickey", devPem());
        assertTrue(refusals(inline).get(0).startsWith("mp.jwt.verify.publickey"));
    }

    @Test
    void refusesEachDefaultSecretNamingItsSetting() throws Exception {
        Path key = Files.writeString(dir.resolve("idp.pem"), otherPem());
        Map<String, String> expected = Map.of("idempotency.fingerprint-secret", "IDEMPOTENCY_SECRET",
                "medical.patient-ref.secret", "PATIENT_REF_SECRET", "quarkus.datasource.password", "DB_PASSWORD");
        for (ProductionSecretsGuard.Secret s : ProductionSecretsGuard.SECRETS) {
            for (String dflt : s.defaults()) {
                Map<String, String> c = production(key.toString());
                c.put(s.property(), dflt);
                List<String> r = refusals(c);
                assertEquals(1, r.size(), r.toString());
                assertTrue(r.get(0).startsWith(expected.get(s.property()) + " (" + s.property() + ")"), r.get(0));
            }
        }
    }

    @Test
    void refusesTheDevEventsKeyByItsBytesAndStartsWithAnother() throws Exception {
        Path pem = Files.writeString(dir.resolve("idp.pem"), otherPem());
        byte[] own = new byte[32];
        new java.security.SecureRandom().nextBytes(own);
        Path ownKey = Files.writeString(dir.resolve("events.key"), Base64.getEncoder().encodeToString(own) + "\n");
        Map<String, String> c = production(pem.toString());
        c.put("qinghai.events.secret-key", ownKey.toString());
        assertEquals(List.of(), refusals(c));
        Path copy;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dev-keys/events-secret.key")) {
            copy = Files.write(dir.resolve("renamed.key"), in.readAllBytes());
        }
        for (String location : List.of("dev-keys/events-secret.key", copy.toString(), "file:" + copy)) {
            c.put("qinghai.events.secret-key", location);
            List<String> r = refusals(c);
            assertEquals(1, r.size(), location + ": " + r);
            assertTrue(r.get(0).startsWith("EVENTS_SECRET_KEY (qinghai.events.secret-key="), r.get(0));
        }
    }
}
