package gov.qinghai.followup.common.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each problem {@code type} ({@link Problems#BASE} + name) means and what a client should do about it, served
 * at {@code GET /problems/{type}} by every service (ProblemCatalogueResource). A type without its own entry is
 * {@code http-<status>}: the status' own meaning.
 */
public final class ProblemCatalogue {
    public record Entry(String type, int status, String title, String meaning, String action) {
    }

    private static final Pattern HTTP = Pattern.compile("http-([1-5]\\d\\d)");
    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add("invalid-field", 400, "Bad Request", "A field of the request (body, query or path) is missing, malformed or "
                + "outside its range; `field` (or `violations`) names it.", "Correct that field and send the request again.");
        add("bad-request", 400, "Bad Request", "The request cannot be read as this operation expects: malformed JSON, a "
                + "value of the wrong type, an unknown field or query parameter.", "Fix the request as `detail` says; "
                + "sending it unchanged fails again.");
        add("unauthorized", 401, "Unauthorized", "No bearer token, or one that is expired, issued in the future, too "
                + "long-lived or not signed by the province's single sign-on.", "Get a fresh token and retry.");
        add("forbidden", 403, "Forbidden", "The token's role may not perform this operation, or a reporter acted on "
                + "another unit's record.", "Do not retry: act on your own unit's records, or ask an administrator "
                + "for the role the operation's description names.");
        add("forbidden-field", 403, "Forbidden", "The caller's role may change the record but not this field; `detail` "
                + "says who sets it.", "Leave the field unchanged, or have a role that may set it do so.");
        add("not-found", 404, "Not Found", "No such record (or the path's id is not a number).", "Check the id; list the "
                + "collection to find the record.");
        add("conflict", 409, "Conflict", "The write conflicts with data already stored (e.g. the record exists).",
                "Read the current state and decide; resending the same request fails again.");
        add("stale-version", 409, "Conflict", "The record changed after you read it: the `version` you sent is not the "
                + "current one.", "Read the record again, apply your change to it and send it with the new version.");
        add("unprocessable", 422, "Unprocessable Content", "The input is well formed but breaks a rule of the notice or "
                + "of the data; `field` names the value and `detail` the rule.", "Correct the value; retrying "
                + "unchanged fails again.");
        add("export-too-large", 422, "Unprocessable Content", "The export (CSV, XLSX or unpaged JSON) would hold more "
                + "rows than EXPORT_MAX_ROWS: `rows` says how many, `limit` the bound and `field` the parameter that "
                + "narrows it. Refused, never truncated.", "Narrow the export with `field` (e.g. a fair, a period), or "
                + "read the same data page by page as JSON.");
        add("import-rejected", 422, "Unprocessable Content", "A table import run as a tracked operation found row "
                + "errors: `errors` lists every one (row, column as the file's header writes it), `unknownUnits` the "
                + "责任单位 the service does not know; nothing was written.", "Correct the rows (or have an admin add "
                + "the units) and import the whole table again.");
        add("operation-failed", 500, "Internal Server Error", "A tracked operation (GET /api/v1/operations/{id}) "
                + "stopped on an unexpected error; nothing of it was committed unless its result says so.",
                "Start it again; if it fails again, report it with the operation's id and time.");
        add("operation-interrupted", 503, "Service Unavailable", "The replica running a tracked operation stopped "
                + "before it finished (restart, scale-down); nothing of it was committed unless its result says so.",
                "Start the operation again.");
        add("payload-too-large", 413, "Payload Too Large", "The request body is larger than MAX_BODY_SIZE (or, for a "
                + "table upload, IMPORT_MAX_BODY_SIZE).", "Send a smaller body: split the table, or ask the operator "
                + "about the limit.");
        add("idempotency-key-in-use", 409, "Conflict", "A request with the same Idempotency-Key is still being processed.",
                "Wait for Retry-After seconds and retry with the same key and body: you then get the first answer.");
        add("illegal-transition", 409, "Illegal referral transition", "The referral's current status (`currentStatus`) "
                + "does not allow this step.", "Read the referral and choose a step its status allows.");
        add("outbox-message-busy", 409, "Conflict", "The outbox message is being sent at this moment.",
                "Wait for Retry-After seconds, read the message and act again if still needed.");
        add("outbox-message-delivered", 409, "Conflict", "The outbox message was delivered; it can be neither retried "
                + "nor cancelled.", "Nothing to do: the recipient has it.");
        add("outbox-message-cancelled", 409, "Conflict", "The outbox message was cancelled for good.",
                "Nothing to retry; if the notification is still needed, the event must be raised again.");
        add("event-cursor-expired", 410, "Gone", "The change feed's events after this cursor were partly deleted after "
                + "the retention (qinghai.events.retention): `purgedThrough` is the last position deleted.",
                "Read the records themselves again, then follow the feed from the nextCursor of a read without `after`.");
        add("rate-limited", 429, "Too Many Requests", "Too many write requests from this caller within a minute "
                + "(WRITE_RATE_LIMIT).", "Wait for Retry-After seconds before the next write.");
        add("uri-too-long", 414, "URI Too Long", "The request line is longer than MAX_URI_LENGTH.", "Send fewer or "
                + "shorter query parameters; a long input belongs in a request body.");
        add("headers-too-large", 431, "Request Header Fields Too Large", "The request's headers exceed MAX_HEADER_SIZE.",
                "Send smaller headers (cookies, tokens).");
        add("database-unavailable", 503, "Service Unavailable", "The service cannot reach its database right now.",
                "Retry later with back-off; a write sent with an Idempotency-Key is safe to retry.");
    }

    private ProblemCatalogue() {
    }

    private static void add(String type, int status, String title, String meaning, String action) {
        ENTRIES.put(type, new Entry(type, status, title, meaning, action));
    }

    /** The entry of a type: its own, or for {@code http-<status>} the status' meaning. */
    public static Optional<Entry> find(String type) {
        Entry e = ENTRIES.get(type);
        if (e != null) {
            return Optional.of(e);
        }
        Matcher m = HTTP.matcher(type == null ? "" : type);
        if (!m.matches()) {
            return Optional.empty();
        }
        int status = Integer.parseInt(m.group(1));
        String reason = ProblemResponseFilter.defaultDetail(status);
        return Optional.of(new Entry(type, status, "HTTP " + status, "The request was refused with HTTP " + status + ": "
                + reason + ".", status >= 500 ? "Retry later; if it persists, report it with the time and path."
                        : "Change the request as `detail` says; sending it unchanged fails again."));
    }

    public static Map<String, Entry> entries() {
        return java.util.Collections.unmodifiableMap(ENTRIES);
    }
}
