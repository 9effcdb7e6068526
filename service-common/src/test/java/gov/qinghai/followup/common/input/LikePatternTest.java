package gov.qinghai.followup.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {
    @Test
    void escapesWildcardsAndTheEscapeCharacter() {
        assertEquals("%!%%", LikePattern.containing("%"));
        assertEquals("%!_%", LikePattern.containing("_"));
        assertEquals("%a!!b%", LikePattern.containing("a!b"));
        assertEquals("%西宁%", LikePattern.containing("西宁"));
    }
}
