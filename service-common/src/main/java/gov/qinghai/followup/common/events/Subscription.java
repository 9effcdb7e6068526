package gov.qinghai.followup.common.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the subscriptions API shows of a receiver: everything but its secrets. */
@Schema(name = "Subscription", description = "a receiver of this service's events")
public record Subscription(
        @Schema(example = "9b2f1c9e-6a1d-4b0e-8d55-0c7f3e2a4b61") UUID id,
        @Schema(example = "https://ducha.qinghai.gov.cn/hooks/followup") String url,
        @Schema(description = "CloudEvents types delivered") List<String> eventTypes,
        @Schema(nullable = true, description = "only events of this unit", example = "省经济和信息化委") String unit,
        @Schema(nullable = true, description = "only events of this 市州", example = "海东市") String prefecture,
        @Schema(nullable = true, example = "省政府督查平台") String description,
        @Schema(description = "ACTIVE: delivered; PAUSED: events queue, nothing is sent until resumed",
                enumeration = {"ACTIVE", "PAUSED"}, example = "ACTIVE") String state,
        @Schema(nullable = true, description = "ADMIN (paused by an admin) or FAILURES (after "
                + "qinghai.events.pause-after-failures failed deliveries in a row)", enumeration = {"ADMIN", "FAILURES"})
        String pausedReason,
        @Schema(nullable = true) Instant pausedAt,
        @Schema(description = "failed deliveries since the last one taken", example = "0") int consecutiveFailures,
        @Schema(nullable = true, example = "IOException: subscriber answered 503") String lastError,
        @Schema(nullable = true) Instant lastFailureAt,
        @Schema(nullable = true) Instant lastDeliveredAt,
        @Schema(description = "events queued and not yet delivered", example = "0") long queued,
        @Schema(nullable = true, description = "after a rotation, deliveries also carry a signature with the previous "
                + "secret until then") Instant previousSecretValidUntil,
        Instant createdAt,
        @Schema(example = "admin@qinghai.gov.cn") String createdBy) {
}
