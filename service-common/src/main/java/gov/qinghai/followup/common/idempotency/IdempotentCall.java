package gov.qinghai.followup.common.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** What {@link IdempotencyKeyFilter} learnt about the current request, for {@link IdempotencyInterceptor}. */
@RequestScoped
public class IdempotentCall {
    private String key;
    private String fingerprint;
    private String target;

    void set(String key, String fingerprint, String target) {
        this.key = key;
        this.fingerprint = fingerprint;
        this.target = target;
    }

    /**
     * Null when the request carried no Idempotency-Key (the POST is then applied as usual). Public for a service
     * that still honours keys it kept before this mechanism (action plan's per-row keys).
     */
    public String key() {
        return key;
    }

    String fingerprint() {
        return fingerprint;
    }

    /** "POST /api/v1/..." as sent, to name an earlier use of the key. */
    String target() {
        return target;
    }
}
