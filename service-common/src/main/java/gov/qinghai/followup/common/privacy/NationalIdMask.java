package gov.qinghai.followup.common.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks whatever looks like a 居民身份证号码 (GB 11643-1999: 17 digits and a check digit or X) in text that leaves
 * the service as a problem answer or a log line (no national ID number in logs). The API takes ID numbers
 * only in bodies, but a caller may put one in a URL, which problem details and logs echo.
 *
 * <p>The first 6 digits stay (the 行政区划代码, which says no more than the 市州 or county), the rest becomes
 * {@code *}. Any run of 17 or more ASCII digits not preceded by a digit counts, with an X or x after it, so a number
 * with an extra digit or a missing check character is masked too; the checksum is not consulted, so a mistyped
 * number is masked as well. Shorter numbers (record ids, amounts, dates) are left alone.
 */
public final class NationalIdMask {
    private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9])([0-9]{6})([0-9]{11,}[Xx]?)");

    private NationalIdMask() {
    }

    /** The text with every ID-like number masked; the same instance when there is none (and for null). */
    public static String mask(String text) {
        if (text == null || text.length() < 17) {
            return text;
        }
        Matcher m = ID_LIKE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, m.group(1) + "*".repeat(m.group(2).length()));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    public static boolean containsIdLike(String text) {
        return text != null && text.length() >= 17 && ID_LIKE.matcher(text).find();
    }
}
