package gov.qinghai.followup.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.events.SecretCipher;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A production start refuses every secret the repository publishes: the development JWT key pair (its private half
 * is in the repository, so anyone could mint an admin token), the default HMAC keys of patient references and
 * idempotency fingerprints, the development key sealing the event subscriptions' secrets (compared by its bytes), and
 * the default database password. The JWT key is compared by its key material (RSA
 * modulus), not by its name: a {@code file:} copy, a {@code classpath:} reference, an inline PEM or a JWKS file holding
 * the dev key are all refused. Only {@code security.allow-dev-defaults} (env {@code ALLOW_DEV_DEFAULTS=true}, set by
 * deploy/run.sh, docker-compose and the tests' profile) lets a local run start with them. The refusal names every
 * offending setting by its environment variable and property.
 */
@Singleton
public class ProductionSecretsGuard {
    static final String DEV_KEY_RESOURCE = "dev-keys/publicKey.pem";

    /** A secret setting, the environment variable that sets it, and the values the repository ships for it. */
    record Secret(String property, String env, List<String> defaults) {
    }

    static final List<Secret> SECRETS = List.of(
            new Secret("idempotency.fingerprint-secret", "IDEMPOTENCY_SECRET", List.of("dev-only-idempotency-secret-change-me",
                    "compose-local-idempotency-secret")),
            new Secret("medical.patient-ref.secret", "PATIENT_REF_SECRET",
                    List.of("dev-only-patient-ref-secret-change-me", "compose-local-patient-ref-secret")),
            new Secret("quarkus.datasource.password", "DB_PASSWORD", List.of("postgres", "qinghai-local")));

    void check(@Observes StartupEvent event) {
        Config config = ConfigProvider.getConfig();
        boolean allowed = config.getOptionalValue("security.allow-dev-defaults", Boolean.class).orElse(false);
        List<String> refused = refusals(name -> config.getOptionalValue(name, String.class));
        if (!allowed && !refused.isEmpty()) {
            throw new IllegalStateException("refusing to start: " + String.join("; ", refused)
                    + ". Set them to this deployment's own values (ALLOW_DEV_DEFAULTS=true only for a local run)");
        }
    }

    /** What is wrong with this configuration, one sentence per setting; empty when production may start. */
    static List<String> refusals(Function<String, Optional<String>> config) {
        List<String> refused = new ArrayList<>();
        for (Secret s : SECRETS) {
            Optional<String> value = config.apply(s.property());
            if (value.isPresent() && s.defaults().contains(value.get())) {
                refused.add(s.env() + " (" + s.property() + ") is the repository's default");
            }
        }
        Optional<String> eventsKey = config.apply("qinghai.events.secret-key");
        if (eventsKey.isPresent() && isDevEventsKey(eventsKey.get())) {
            refused.add("EVENTS_SECRET_KEY (qinghai.events.secret-key=" + eventsKey.get() + ") is the repository's "
                    + "development key sealing the event subscriptions' secrets");
        }
        Optional<String> inline = config.apply("mp.jwt.verify.publickey");
        if (inline.isPresent() && isDevKey(inline.get())) {
            refused.add("mp.jwt.verify.publickey is the development JWT key");
        }
        Optional<String> location = config.apply("mp.jwt.verify.publickey.location");
        if (location.isPresent() && read(location.get()).map(ProductionSecretsGuard::isDevKey).orElse(false)) {
            refused.add("JWT_PUBLIC_KEY_LOCATION (mp.jwt.verify.publickey.location=" + location.get()
                    + ") holds the development JWT key, whose private half is in the repository");
        }
        return refused;
    }

    /**
     * Whether the events key at the location is the development key, by its bytes (a copy under another name too). A
     * location that cannot be read is not judged here: SealedSecrets stops the start naming it.
     */
    static boolean isDevEventsKey(String location) {
        try {
            return SecretCipher.isDevKey(location);
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** PEM or JWK(S) text that carries the dev key's RSA modulus. */
    static boolean isDevKey(String keyText) {
        BigInteger dev = modulusOfPem(devKeyPem());
        String t = keyText.trim();
        if (t.startsWith("{")) {
            try {
                JsonNode node = new ObjectMapper().readTree(t);
                List<JsonNode> keys = new ArrayList<>();
                node.path("keys").forEach(keys::add);
                if (keys.isEmpty()) {
                    keys.add(node);
                }
                return keys.stream().map(k -> k.path("n").asText(""))
                        .anyMatch(n -> !n.isEmpty() && new BigInteger(1, Base64.getUrlDecoder().decode(n)).equals(dev));
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
        try {
            return modulusOfPem(t).equals(dev);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static BigInteger modulusOfPem(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return ((RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der))).getModulus();
        } catch (Exception e) {
            throw new IllegalArgumentException("not a PEM RSA public key", e);
        }
    }

    private static String devKeyPem() {
        try (InputStream in = ProductionSecretsGuard.class.getClassLoader().getResourceAsStream(DEV_KEY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEV_KEY_RESOURCE + " is missing from service-common");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The key text a location names, as smallrye-jwt resolves it: {@code classpath:}, {@code file:} or a plain name
     * (class path first, then the file system). A remote JWKS (http/https) is the identity provider's, not read here.
     */
    static Optional<String> read(String location) {
        String l = location.trim();
        if (l.startsWith("http:") || l.startsWith("https:")) {
            return Optional.empty();
        }
        try {
            if (l.startsWith("classpath:")) {
                return classpath(l.substring("classpath:".length()));
            }
            if (l.startsWith("file:")) {
                String path = l.substring("file:".length());
                return file(Path.of(path.startsWith("//") ? path.substring(2) : path));
            }
            Optional<String> fromClasspath = classpath(l);
            return fromClasspath.isPresent() ? fromClasspath : file(Path.of(l));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> classpath(String name) throws IOException {
        String n = name.startsWith("/") ? name.substring(1) : name;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(n)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Optional<String> file(Path p) throws IOException {
        return Files.isRegularFile(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
    }
}
