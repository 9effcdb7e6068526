package gov.qinghai.followup.common.events;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription with its secret: answered once, at creation or rotation; never shown again. */
@Schema(name = "SubscriptionWithSecret")
public record SubscriptionSecret(
        Subscription subscription,
        @Schema(description = "whsec_ + base64: the HMAC-SHA256 key of webhook-signature. Store it now: it is not shown again.",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @Schema(nullable = true, description = "after a rotation: until then deliveries also carry a signature with the previous secret")
        Instant previousSecretValidUntil) {
}
