package gov.qinghai.followup.common.problem;

import java.util.Arrays;
import java.util.List;

/**
 * A problem's {@code detail} as a message key with arguments, rendered in the request's language
 * ({@link ProblemLanguage}) when the answer leaves the service (ProblemResponseFilter). {@code english} is the text
 * pattern used when no bundle has the key in the asked language: a service may raise a keyed detail before anyone has
 * written its Chinese text, and the answer is then what it was before. Placeholders are {@code {0}}, {@code {1}}, …
 * (no MessageFormat quoting, numbers as written); an argument that is itself a Detail is rendered in the same
 * language (e.g. what a parameter must be).
 *
 * <p>Keys live in {@code problems_zh.properties}/{@code problems_en.properties} (service-common) and, for a service's
 * own details, in its {@code problem-details_zh.properties}/{@code problem-details_en.properties}.
 */
public record Detail(String key, String english, List<Object> args) {

    public Detail {
        args = args == null ? List.of() : args.stream().map(a -> a == null ? (Object) "null" : a).toList();
    }

    public static Detail of(String key, String english, Object... args) {
        return new Detail(key, english, Arrays.asList(args));
    }

    /** The text in a language: the bundle's pattern for the key, else the English one, filled with the arguments. */
    public String render(ProblemLanguage language) {
        String pattern = ProblemTexts.text(language, key).orElseGet(
                () -> ProblemTexts.text(ProblemLanguage.EN, key).orElse(english));
        return fill(pattern, language);
    }

    /** The English text (what the problem's {@code detail} holds until the answer is rendered). */
    public String english() {
        return render(ProblemLanguage.EN);
    }

    private String fill(String pattern, ProblemLanguage language) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(n < args.size() ? text(args.get(n), language) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String text(Object arg, ProblemLanguage language) {
        if (arg instanceof Detail d) {
            return d.render(language);
        }
        return arg instanceof Problems.Noun n ? n.render(language) : String.valueOf(arg);
    }

    @Override
    public String toString() {
        return english();
    }
}
