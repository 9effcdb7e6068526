package gov.qinghai.followup.medical.domain;

import java.util.regex.Pattern;

/**
 * The form of an ICD-10 code as a referral's reason (FHIR code system {@value #SYSTEM}): a category of one letter
 * and two digits (I21), optionally a dot and one or two digits of subcategory (I21.0, E11.65). The national clinical
 * extensions (I21.900x001) are not codes of that system and are refused rather than sent under its name; the
 * free-text reason stays for what the code cannot say.
 */
public final class Icd10 {
    public static final String SYSTEM = "http://hl7.org/fhir/sid/icd-10";
    private static final Pattern FORM = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9]{1,2})?");

    private Icd10() {
    }

    /** Upper case and trimmed: i21.0 and I21.0 are the same code. */
    public static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean valid(String code) {
        String c = normalise(code);
        return c != null && FORM.matcher(c).matches();
    }
}
