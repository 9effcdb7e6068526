package gov.qinghai.followup.common.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each problem {@code type} ({@link Problems#BASE} + name) means and what a client should do about it, served
 * at {@code GET /problems/{type}} by every service (ProblemCatalogueResource), in Chinese or English
 * ({@link ProblemLanguage}). The texts are {@code title.<type>}, {@code meaning.<type>} and {@code action.<type>} of
 * {@code problems_zh.properties} and {@code problems_en.properties} (ProblemCatalogueTest fails if one is missing). A
 * type without its own entry is {@code http-<status>}: the status' own meaning.
 */
public final class ProblemCatalogue {
    public record Entry(String type, int status, String title, String meaning, String action) {
    }

    private static final Pattern HTTP = Pattern.compile("http-([1-5]\\d\\d)");
    /** Each type with its own entry and its status; the texts are in the bundles. */
    private static final Map<String, Integer> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("invalid-field", 400);
        TYPES.put("bad-request", 400);
        TYPES.put("unauthorized", 401);
        TYPES.put("forbidden", 403);
        TYPES.put("forbidden-field", 403);
        TYPES.put("not-found", 404);
        TYPES.put("conflict", 409);
        TYPES.put("stale-version", 409);
        TYPES.put("unprocessable", 422);
        TYPES.put("export-too-large", 422);
        TYPES.put("import-rejected", 422);
        TYPES.put("operation-failed", 500);
        TYPES.put("operation-interrupted", 503);
        TYPES.put("job-incomplete", 500);
        TYPES.put("payload-too-large", 413);
        TYPES.put("idempotency-key-in-use", 409);
        TYPES.put("illegal-transition", 409);
        TYPES.put("outbox-message-busy", 409);
        TYPES.put("outbox-message-delivered", 409);
        TYPES.put("outbox-message-cancelled", 409);
        TYPES.put("event-cursor-expired", 410);
        TYPES.put("rate-limited", 429);
        TYPES.put("uri-too-long", 414);
        TYPES.put("headers-too-large", 431);
        TYPES.put("database-unavailable", 503);
    }

    private ProblemCatalogue() {
    }

    /** The entry of a type in English. */
    public static Optional<Entry> find(String type) {
        return find(type, ProblemLanguage.EN);
    }

    /** The entry of a type: its own, or for {@code http-<status>} the status' meaning, in a language. */
    public static Optional<Entry> find(String type, ProblemLanguage language) {
        Integer status = type == null ? null : TYPES.get(type);
        if (status != null) {
            return Optional.of(new Entry(type, status, text(language, "title." + type), text(language, "meaning." + type),
                    text(language, "action." + type)));
        }
        Matcher m = HTTP.matcher(type == null ? "" : type);
        if (!m.matches()) {
            return Optional.empty();
        }
        int code = Integer.parseInt(m.group(1));
        String reason = ProblemResponseFilter.defaultDetail(code).render(language);
        return Optional.of(new Entry(type, code, statusTitle(code, language),
                Detail.of("meaning.http", "The request was refused with HTTP {0}: {1}.", code, reason).render(language),
                text(language, code >= 500 ? "action.http-5xx" : "action.http-4xx")));
    }

    /** The title of a status without its own type ({@code title.http-<status>}, else "HTTP <status>"). */
    static String statusTitle(int status, ProblemLanguage language) {
        return ProblemTexts.text(language, "title.http-" + status)
                .orElseGet(() -> Detail.of("title.http", "HTTP {0}", status).render(language));
    }

    /** The title of a type in a language; for a type the catalogue does not know, empty. */
    static Optional<String> title(String type, ProblemLanguage language) {
        return find(type, language).map(Entry::title);
    }

    public static Map<String, Entry> entries() {
        return entries(ProblemLanguage.EN);
    }

    public static Map<String, Entry> entries(ProblemLanguage language) {
        Map<String, Entry> out = new LinkedHashMap<>();
        TYPES.keySet().forEach(t -> out.put(t, find(t, language).orElseThrow()));
        return Collections.unmodifiableMap(out);
    }

    /** The types with their own entry. */
    public static List<String> types() {
        return List.copyOf(TYPES.keySet());
    }

    private static String text(ProblemLanguage language, String key) {
        return ProblemTexts.text(language, key).orElseGet(() -> ProblemTexts.text(ProblemLanguage.EN, key).orElse(key));
    }
}
