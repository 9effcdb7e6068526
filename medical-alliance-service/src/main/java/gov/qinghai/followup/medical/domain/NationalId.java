package gov.qinghai.followup.medical.domain;

/**
 * Checks the form of a 居民身份证号码 (GB 11643-1999: 17 digits + ISO 7064 MOD 11-2 check character) without
 * ever putting the number into a message: callers report only "malformed".
 */
public final class NationalId {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private NationalId() {
    }

    /** Upper-case and trimmed, so 'x' and 'X' give the same pseudonym. */
    public static String normalise(String id) {
        return id == null ? null : id.strip().toUpperCase();
    }

    public static boolean valid(String id) {
        String s = normalise(id);
        if (s == null || s.length() != 18 || !s.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        return s.charAt(17) == checkChar(s.substring(0, 17));
    }

    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
