package gov.qinghai.followup.common.idempotency;

import jakarta.interceptor.InterceptorBinding;
import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a creating POST whose {@code Idempotency-Key} header makes it apply once (DESIGN.md "a POST with an
 * Idempotency-Key is applied once"; no lost or doubled writes). Per caller and key the first successful
 * answer is stored with the write, in the same transaction, and replayed for a retry with
 * {@code Idempotent-Replayed: true}; the same key with another method, path or body gets 422.
 *
 * <p>Binds {@link IdempotencyKeyFilter} (JAX-RS name binding: reads the key and fingerprints the request) and
 * {@link IdempotencyInterceptor} (CDI: claims the key, runs the method, stores its answer);
 * {@link IdempotencyOpenApiFilter} documents the header on every annotated operation. Only POST is handled.
 */
@NameBinding
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {
    String HEADER = "Idempotency-Key";
    String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Keys are client-generated (a UUID is 36 characters); longer ones are refused with 400. */
    int MAX_KEY_LENGTH = 100;
}
