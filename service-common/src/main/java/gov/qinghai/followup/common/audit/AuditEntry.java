package gov.qinghai.followup.common.audit;

import java.time.Instant;
import java.util.Map;

/** One change of one record: who, when, what kind, and the state before and after it. */
public record AuditEntry(int revision, Instant at, String by, String change,
                         Map<String, Object> before, Map<String, Object> after) {
}
