package gov.qinghai.followup.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemLanguageTest {

    @Test
    void noHeaderOrAnUnknownLanguageIsChinese() {
        assertEquals(ProblemLanguage.ZH, ProblemLanguage.negotiate(null));
        assertEquals(ProblemLanguage.ZH, ProblemLanguage.negotiate(""));
        assertEquals(ProblemLanguage.ZH, ProblemLanguage.negotiate("fr"));
        assertEquals(ProblemLanguage.ZH, ProblemLanguage.negotiate("de-DE, fr;q=0.8"));
        assertEquals(ProblemLanguage.ZH, ProblemLanguage.negotiate("*"));
        assertEquals(ProblemLanguage.ZH, ProblemLanguage.negotiate("en;q=0"));
        assertEquals(ProblemLanguage.ZH, ProblemLanguage.negotiate("en;q=abc"));
    }

    @Test
    void englishWhenAsked() {
        assertEquals(ProblemLanguage.EN, ProblemLanguage.negotiate("en"));
        assertEquals(ProblemLanguage.EN, ProblemLanguage.negotiate("en-US"));
        assertEquals(ProblemLanguage.EN, ProblemLanguage.negotiate("EN-gb"));
        assertEquals(ProblemLanguage.EN, ProblemLanguage.negotiate("fr, en;q=0.5"));
    }

    @Test
    void qValuesDecideNotTheOrder() {
        assertEquals(ProblemLanguage.EN, ProblemLanguage.negotiate("en;q=0.9, zh;q=0.8"));
        assertEquals(ProblemLanguage.EN, ProblemLanguage.negotiate("zh;q=0.8, en;q=0.9"));
        assertEquals(ProblemLanguage.ZH, ProblemLanguage.negotiate("en;q=0.8, zh-CN;q=0.9"));
        assertEquals(ProblemLanguage.ZH, ProblemLanguage.negotiate("zh-Hans-CN, en;q=0.5"));
        assertEquals(ProblemLanguage.EN, ProblemLanguage.negotiate("en, zh"), "equal weights: the first listed");
        assertEquals(ProblemLanguage.ZH, ProblemLanguage.negotiate("*, en;q=0.5"));
    }
}
