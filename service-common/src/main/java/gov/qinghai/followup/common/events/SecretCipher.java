package gov.qinghai.followup.common.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The subscriptions' signing secrets at rest: AES-256-GCM under the key at {@code qinghai.events.secret-key} (env
 * {@code EVENTS_SECRET_KEY}: a file path, {@code file:…}, or a class-path resource; the file holds the 32 key bytes in
 * base64, e.g. {@code openssl rand -base64 32}). A stored value is {@code v1:} + base64(12-byte nonce, ciphertext and
 * tag); the subscription id is the associated data, so a value copied to another row does not open. The repository's
 * development key ({@value #DEV_KEY_RESOURCE}) is refused in production (common.security.ProductionSecretsGuard). A
 * value that does not open with the configured key is an error naming the setting, never an unsigned delivery.
 */
public final class SecretCipher {
    public static final String DEV_KEY_RESOURCE = "dev-keys/events-secret.key";
    public static final String SETTING = "EVENTS_SECRET_KEY (qinghai.events.secret-key)";
    static final String PREFIX = "v1:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String location;

    SecretCipher(byte[] key, String location) {
        if (key.length != 32) {
            throw new IllegalStateException(SETTING + " at " + location + " holds " + key.length
                    + " bytes; an AES-256 key is 32 (openssl rand -base64 32)");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.location = location;
    }

    /** The key at {@code location}; an unreadable or malformed key is an error naming the setting. */
    public static SecretCipher at(String location) {
        String text = read(location);
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(SETTING + " at " + location + " is not base64 (openssl rand -base64 32)", e);
        }
        return new SecretCipher(key, location);
    }

    /** Whether the key at {@code location} is the repository's development key (by its bytes, whatever its name). */
    public static boolean isDevKey(String location) {
        return Arrays.equals(at(location).key.getEncoded(), at(DEV_KEY_RESOURCE).key.getEncoded());
    }

    /** True when the stored value is encrypted (a value from before encryption is the plain {@code whsec_} secret). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    public String seal(UUID subscription, String secret) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(subscription.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The secret of a stored value; one that does not open with this key is an error naming the setting. */
    public String open(UUID subscription, String stored) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("the secret of subscription " + subscription + " is not encrypted");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
            c.updateAAD(subscription.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(c.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the signing secret of subscription " + subscription + " does not decrypt "
                    + "with the key of " + SETTING + " at " + location + ": it was encrypted with another key. Configure "
                    + "that key; deliveries to it are not sent meanwhile", e);
        }
    }

    /** The key text: a file ({@code file:} optional), else a class-path resource. */
    static String read(String location) {
        String l = location.strip();
        String path = l.startsWith("file:") ? l.substring("file:".length()) : l;
        try {
            Path file = Path.of(path);
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(SETTING + ": cannot read " + location, e);
        }
        String resource = l.startsWith("classpath:") ? l.substring("classpath:".length()) : l;
        resource = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader == null ? SecretCipher.class.getClassLoader() : loader).getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(SETTING + ": no file or class-path resource " + location);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(SETTING + ": cannot read " + location, e);
        }
    }
}
