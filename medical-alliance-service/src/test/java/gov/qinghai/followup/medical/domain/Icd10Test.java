package gov.qinghai.followup.medical.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A referral's reason code in the form of the FHIR code system http://hl7.org/fhir/sid/icd-10. */
class Icd10Test {
    @Test
    void acceptsCategoriesAndSubcategories() {
        for (String c : new String[] {"I21", "I21.0", "J18.9", "E11.65", " i21.0 "}) {
            assertTrue(Icd10.valid(c), c);
        }
        assertEquals("I21.0", Icd10.normalise(" i21.0 "));
    }

    @Test
    void refusesNationalExtensionsAndMalformedCodes() {
        for (String c : new String[] {"I21.900x001", "121.0", "I2", "I21.", "I21.123", "II1.0", "", null}) {
            assertFalse(Icd10.valid(c), String.valueOf(c));
        }
    }
}
