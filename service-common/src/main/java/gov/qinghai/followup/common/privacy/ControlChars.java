package gov.qinghai.followup.common.privacy;

/**
 * Escapes control characters (C0 including CR, LF, TAB and NUL, DEL, and C1) in text that leaves the service as a log
 * line or a problem answer, so that a value a caller sent ({@code %0A} in a query, {@code \r\n} in a JSON string)
 * can never start a forged log line or smuggle raw control bytes to a reader. CR, LF and TAB become {@code \r},
 * {@code \n}, {@code \t}; every other one {@code \}{@code uXXXX}. A backslash stays as it is: escaping is for
 * reading, not for parsing back.
 */
public final class ControlChars {
    private ControlChars() {
    }

    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    public static boolean contains(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text with control characters escaped; the same instance when there is none (and for null). */
    public static String escape(String text) {
        if (!contains(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** What may leave the service: ID-like numbers masked ({@link NationalIdMask}), control characters escaped. */
    public static String safe(String text) {
        return escape(NationalIdMask.mask(text));
    }
}
