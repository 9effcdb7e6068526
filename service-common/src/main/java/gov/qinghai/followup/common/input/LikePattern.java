package gov.qinghai.followup.common.input;

/**
 * A keyword search is literal text: {@code q=%} finds names containing "%", not every name. The pattern escapes
 * LIKE's wildcards with {@link #ESCAPE}; the query must say so: {@code name like :q escape '!'}.
 */
public final class LikePattern {
    /** The escape character of every LIKE this pattern goes into ({@code escape '!'}). */
    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    /** A LIKE pattern matching text that contains {@code keyword} as written. */
    public static String containing(String keyword) {
        return "%" + literal(keyword) + "%";
    }

    /** {@code keyword} with LIKE's wildcards ({@code %}, {@code _}) and the escape character escaped. */
    public static String literal(String keyword) {
        StringBuilder b = new StringBuilder(keyword.length() + 8);
        for (char c : keyword.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return b.toString();
    }
}
