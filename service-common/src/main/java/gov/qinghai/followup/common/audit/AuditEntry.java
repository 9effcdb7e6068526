package gov.qinghai.followup.common.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/** One change of one record: who, when, what kind, and the state before and after it. */
public record AuditEntry(int revision, Instant at, String by, String change,
                         @Schema(nullable = true, description = "the fields before the change; null when there was no earlier state") Map<String, Object> before,
                         @Schema(nullable = true, description = "the fields after the change; null when there is no later state") Map<String, Object> after) {
}
