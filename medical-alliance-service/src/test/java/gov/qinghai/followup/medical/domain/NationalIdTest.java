package gov.qinghai.followup.medical.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** GB 11643-1999 check character (ISO 7064 MOD 11-2), used to refuse mistyped IDs before pseudonymising. */
class NationalIdTest {

    @Test
    void acceptsTheStandardsWorkedExample() {
        // the example number of GB 11643-1999: 11010519491231002X
        assertEquals('X', NationalId.checkChar("11010519491231002"));
        assertTrue(NationalId.valid("11010519491231002X"));
        assertTrue(NationalId.valid(" 11010519491231002x "));
    }

    @Test
    void refusesWrongCheckCharacterLengthAndLetters() {
        assertFalse(NationalId.valid("110105194912310021"));
        assertFalse(NationalId.valid("11010519491231002"));
        assertFalse(NationalId.valid("1101051949123100AX"));
        assertFalse(NationalId.valid(null));
    }
}
