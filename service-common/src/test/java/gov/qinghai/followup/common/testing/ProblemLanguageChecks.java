package gov.qinghai.followup.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Problem answers in the request's language (service-common's ProblemResponseFilter) checked in a running service: a
 * service's {@code @QuarkusTest} extends this with one of its own paths. Chinese unless Accept-Language prefers
 * English (q-values honoured); an unknown language is Chinese; {@code type}, {@code field} and {@code in} never change.
 * <pre>{@code
 * @QuarkusTest
 * class ProblemLanguageTest extends ProblemLanguageChecks {
 * }
 * }</pre>
 */
public abstract class ProblemLanguageChecks {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final String path;
    private final String field;

    /** The admin outbox list's {@code size=abc}: a path every service has. */
    protected ProblemLanguageChecks() {
        this("/api/v1/admin/outbox?size=abc", "size");
    }

    /**
     * {@code path} answers an admin with 400 {@code invalid-field} naming the query parameter {@code field} (e.g.
     * {@code /api/v1/admin/outbox?size=abc}).
     */
    protected ProblemLanguageChecks(String path, String field) {
        this.path = path;
        this.field = field;
    }

    /** Chinese title and detail by default, English with {@code Accept-Language: en}, the same machine values in both. */
    @Test
    public void aBadFieldIsChineseByDefaultAndEnglishOnRequest() {
        Response zh = answer(path, null);
        assertChinese(zh, field);
        Response en = answer(path, "en");
        assertEnglish(en, field);
        assertEquals(zh.jsonPath().getString("type"), en.jsonPath().getString("type"));
        assertEquals(zh.jsonPath().getList("violations.field"), en.jsonPath().getList("violations.field"));
        assertEquals(zh.jsonPath().getList("violations.in"), en.jsonPath().getList("violations.in"));
    }

    /** q-values decide ({@code en;q=0.9, zh;q=0.8} is English, the reverse Chinese); an unknown language is Chinese. */
    @Test
    public void theLanguageFollowsQValuesAndFallsBackToChinese() {
        assertEnglish(answer(path, "en;q=0.9, zh;q=0.8"), field);
        assertEnglish(answer(path, "zh;q=0.8, en;q=0.9"), field); // the weights decide, not the order
        assertChinese(answer(path, "zh;q=0.9, en;q=0.8"), field);
        assertEnglish(answer(path, "en;q=0.9, zh;q=0.8, *;q=0.1"), field);
        assertChinese(answer(path, "zh-CN, en;q=0.5"), field);
        assertChinese(answer(path, "fr"), field);
        assertChinese(answer(path, "de-DE, fr;q=0.8"), field);
        assertEnglish(answer(path, "fr, en-GB;q=0.5"), field);
    }

    private static Response answer(String path, String acceptLanguage) {
        var spec = given().auth().oauth2(Tokens.admin());
        if (acceptLanguage != null) {
            spec = spec.header("Accept-Language", acceptLanguage);
        }
        Response r = spec.when().get(path);
        assertEquals(400, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.header("Vary") != null && r.header("Vary").contains("Accept-Language"), "Vary: " + r.header("Vary"));
        assertEquals("/problems/invalid-field", r.jsonPath().getString("type"), r.asString());
        return r;
    }

    private static void assertChinese(Response r, String field) {
        assertEquals("zh-CN", r.header("Content-Language"), r.asString());
        assertTrue(HAN.matcher(r.jsonPath().getString("title")).find(), r.asString());
        assertTrue(HAN.matcher(r.jsonPath().getString("detail")).find(), r.asString());
        assertTrue(r.jsonPath().getString("detail").contains(field), r.asString());
        assertEquals(field, r.jsonPath().getString("field"), r.asString());
        assertFalse(r.asString().contains("x-detail"), r.asString());
    }

    private static void assertEnglish(Response r, String field) {
        assertEquals("en", r.header("Content-Language"), r.asString());
        assertFalse(HAN.matcher(r.jsonPath().getString("title")).find(), r.asString());
        assertFalse(HAN.matcher(r.jsonPath().getString("detail")).find(), r.asString());
        assertTrue(r.jsonPath().getString("detail").contains("'" + field + "'"), r.asString());
        assertEquals(field, r.jsonPath().getString("field"), r.asString());
        assertFalse(r.asString().contains("x-detail"), r.asString());
    }
}
