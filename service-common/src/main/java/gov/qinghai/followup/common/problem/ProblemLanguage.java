package gov.qinghai.followup.common.problem;

import java.util.Locale;

/**
 * The language of a problem answer: Chinese (the offices of the province read it) unless the request's
 * {@code Accept-Language} prefers English (RFC 9110 §12.5.4, q-values honoured). A language the service does not
 * speak, {@code *} or no header at all is Chinese.
 */
public enum ProblemLanguage {
    ZH("zh-CN"),
    EN("en");

    /** What the answer's {@code Content-Language} says. */
    public final String tag;

    ProblemLanguage(String tag) {
        this.tag = tag;
    }

    /** The language of an {@code Accept-Language} header value (null or blank: Chinese). */
    public static ProblemLanguage negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ZH;
        }
        ProblemLanguage best = null;
        double bestQ = 0;
        for (String part : acceptLanguage.split(",")) {
            String[] pieces = part.trim().split(";");
            ProblemLanguage lang = of(pieces[0].trim());
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        q = Double.parseDouble(p.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0; // an unreadable weight: not a preference
                    }
                }
            }
            // the first of equal weights wins, as the client listed it
            if (lang != null && q > bestQ) {
                best = lang;
                bestQ = q;
            }
        }
        return best == null ? ZH : best;
    }

    /** The language of one range ({@code en-US}, {@code zh-Hans-CN}, {@code *}); null when it is neither. */
    private static ProblemLanguage of(String range) {
        String primary = range.split("-")[0].toLowerCase(Locale.ROOT);
        return switch (primary) {
            case "zh", "*" -> ZH;
            case "en" -> EN;
            default -> null;
        };
    }
}
