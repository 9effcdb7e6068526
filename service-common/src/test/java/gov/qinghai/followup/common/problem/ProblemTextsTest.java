package gov.qinghai.followup.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Problem texts in Chinese and English: both bundles say everything, and a problem is rendered in either. */
class ProblemTextsTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void everyCatalogueTypeHasAChineseAndAnEnglishTitleMeaningAndAction() {
        Set<String> missing = new TreeSet<>();
        for (String type : ProblemCatalogue.types()) {
            for (String part : new String[] {"title.", "meaning.", "action."}) {
                String zh = ProblemTexts.text(ProblemLanguage.ZH, part + type).orElse(null);
                String en = ProblemTexts.text(ProblemLanguage.EN, part + type).orElse(null);
                if (zh == null || !HAN.matcher(zh).find()) {
                    missing.add("zh " + part + type);
                }
                if (en == null || en.isBlank() || zh != null && zh.equals(en)) {
                    missing.add("en " + part + type);
                }
            }
        }
        assertEquals(Set.of(), missing, "catalogue texts missing in problems_zh/en.properties");
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        Map<String, String> zh = ProblemTexts.all(ProblemLanguage.ZH);
        Map<String, String> en = ProblemTexts.all(ProblemLanguage.EN);
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(zh.keySet()));
        en.forEach((k, v) -> assertFalse(HAN.matcher(v).find() && !k.startsWith("meaning.import-rejected"),
                "English text with Chinese: " + k));
    }

    @Test
    void aBadFieldIsChineseByDefaultAndEnglishWhenAsked() {
        HttpProblem raised = Problems.badRequest("size", Detail.of("detail.unreadable-parameter",
                "query parameter '{0}' {1} (the value sent is not repeated here)", "size",
                Detail.of("detail.must-be", "must be {0}", Detail.of("expect.whole-range",
                        "a whole number from {0} to {1}", 1, 200))));
        HttpProblem zh = ProblemResponseFilter.localized(raised, 400, ProblemLanguage.negotiate(null));
        assertEquals("请求字段无效", zh.getTitle());
        assertEquals("查询参数“size”必须是从 1 到 200 的整数（此处不重复所发送的值）", zh.getDetail());
        assertEquals("size", zh.getParameters().get("field"));
        assertNull(zh.getParameters().get(Problems.DETAIL_KEY), "the key never reaches the client");
        HttpProblem en = ProblemResponseFilter.localized(raised, 400, ProblemLanguage.negotiate("en"));
        assertEquals("Bad Request", en.getTitle());
        assertEquals("query parameter 'size' must be a whole number from 1 to 200 (the value sent is not repeated here)",
                en.getDetail());
        assertEquals("/problems/invalid-field", en.getType().toString());
        assertEquals("size", en.getParameters().get("field"));
    }

    @Test
    void notFoundAndStaleVersionNameTheRecordInTheLanguage() {
        HttpProblem notFound = Problems.notFound("task group", 7);
        assertEquals("task group 7 does not exist", notFound.getDetail(), "English until rendered");
        assertEquals("任务组 7 不存在", ProblemResponseFilter.localized(notFound, 404, ProblemLanguage.ZH).getDetail());
        assertEquals("task group 7 does not exist",
                ProblemResponseFilter.localized(notFound, 404, ProblemLanguage.EN).getDetail());
        HttpProblem stale = Problems.staleVersion("unit 42", 3, 4);
        assertEquals("单位 42 已被他人修改：提交的版本为 3，当前版本为 4；请重新读取后再试",
                ProblemResponseFilter.localized(stale, 409, ProblemLanguage.ZH).getDetail());
        assertEquals("version", stale.getParameters().get("field"));
        assertEquals("the milestone targets of fair 3 was changed by someone else: you sent version 1, current is 2; "
                + "reload and retry", Problems.staleVersion("the milestone targets of fair 3", 1, 2).getDetail(),
                "a record without a known noun is named as written");
    }

    @Test
    void aKeyWithoutATextFallsBackToTheEnglishPattern() {
        Detail d = Detail.of("no.such.key", "quarter {0} has not ended", "2017-Q4");
        assertEquals("quarter 2017-Q4 has not ended", d.render(ProblemLanguage.ZH));
        assertEquals("quarter 2017-Q4 has not ended", d.render(ProblemLanguage.EN));
    }

    @Test
    void anIdNumberInAnArgumentIsMaskedInEveryLanguage() {
        HttpProblem p = Problems.notFound("referral", "632725194187416180");
        String zh = ProblemResponseFilter.localized(p, 404, ProblemLanguage.ZH).getDetail();
        assertFalse(zh.contains("632725194187416180"), zh);
        assertTrue(zh.startsWith("转诊 632725"), zh);
    }

    @Test
    void aProblemWithoutTypeOrDetailGetsBothInTheLanguage() {
        HttpProblem bare = HttpProblem.builder().withStatus(405).build();
        HttpProblem zh = ProblemResponseFilter.localized(bare, 405, ProblemLanguage.ZH);
        assertEquals("/problems/http-405", zh.getType().toString());
        assertEquals("HTTP 405 错误", zh.getTitle());
        assertEquals("此路径不接受该 HTTP 方法", zh.getDetail());
        HttpProblem en = ProblemResponseFilter.localized(HttpProblem.valueOf(jakarta.ws.rs.core.Response.Status.NOT_FOUND,
                "HTTP 404 Not Found"), 404, ProblemLanguage.EN);
        assertEquals("no such resource", en.getDetail());
        assertEquals("Not Found", en.getTitle());
    }
}
