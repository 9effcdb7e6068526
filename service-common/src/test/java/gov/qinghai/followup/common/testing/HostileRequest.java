package gov.qinghai.followup.common.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request. {@code pathAndQuery} is already percent-encoded (hostile values such as
 * {@code %00} are sent as written). {@code expect} is what the answer must be beyond "not 5xx";
 * {@code field}, when set, is the parameter a 400/404 problem must name ({@code field} or a
 * {@code violations[].field}).
 */
public record HostileRequest(String operation, String category, String description, String method,
        String pathAndQuery, Map<String, String> headers, String contentType, byte[] body, Auth auth,
        Expect expect, String field) {

    public HostileRequest(String operation, String category, String description, String method, String pathAndQuery,
            Map<String, String> headers, String contentType, byte[] body, Auth auth, Expect expect) {
        this(operation, category, description, method, pathAndQuery, headers, contentType, body, auth, expect, null);
    }

    public enum Auth {
        ADMIN, NONE, EXPIRED, FOREIGN_SIGNED, VIEWER,
        /** a valid token with {@code groups: []} */
        NO_ROLE,
        /** a valid token whose only group is a role nobody knows ({@code ["citizen"]}) */
        UNKNOWN_ROLE
    }

    public enum Expect {
        /** anything below 500 (a 4xx must still be problem+json). */
        NOT_5XX,
        /** the input is invalid by the document (malformed JSON, unknown field, missing required field, unknown enum): 4xx. */
        REJECTED,
        /** no or an invalid token on a secured operation: 401. */
        UNAUTHORIZED,
        /** a valid token whose role the operation does not allow: 403. */
        FORBIDDEN,
        /**
         * a query parameter that cannot be read as its type (garbled, out of the type's range, an unknown enum
         * name, an impossible date, a boolean neither true nor false) or outside the range the document declares:
         * exactly 400, naming it.
         */
        BAD_REQUEST,
        /** a read whose integer path id is not a whole number (abc, 1.5, 1e3, 20 digits): no such record, 404. */
        NOT_FOUND
    }

    public String summary() {
        StringBuilder b = new StringBuilder(method).append(' ').append(excerpt(pathAndQuery, 160));
        if (contentType != null) {
            b.append(" [").append(contentType).append(']');
        }
        if (auth != Auth.ADMIN) {
            b.append(" auth=").append(auth);
        }
        if (body != null) {
            b.append(" body(").append(body.length).append(" B)=")
                    .append(excerpt(new String(body, StandardCharsets.UTF_8), 160));
        }
        return b.toString();
    }

    static String excerpt(String s, int max) {
        if (s == null) {
            return "";
        }
        String flat = s.replace('\n', ' ').replace('\r', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max) + "…(" + flat.length() + " chars)";
    }
}
