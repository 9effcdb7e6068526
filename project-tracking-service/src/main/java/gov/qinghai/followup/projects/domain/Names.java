package gov.qinghai.followup.projects.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a cell that lists several names ("海吉忠 周心龙", "A公司、B公司"). Whitespace separates names only
 * between Chinese text, so "ELSAID AHMED DEYAB HARHASH" stays one name; a one-character part is the
 * typesetting of a two-character name ("孙 静" is 孙静), not two people.
 */
public final class Names {
    /** Compiled once: the import splits the cells of every row of a table of up to 200,000. */
    private static final Pattern LIST = Pattern.compile("[、，,；;]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    public static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : LIST.split(cell.trim())) {
            out.addAll(splitOnCjkSpaces(part.trim()));
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /** True when a cell holds a name broken by a space ("孙 静"). */
    public static boolean hasBrokenName(String cell) {
        if (cell == null) {
            return false;
        }
        return Arrays.stream(SPACES.split(cell.trim())).anyMatch(p -> p.length() == 1 && isCjk(p.charAt(0)))
                && cell.trim().contains(" ");
    }

    private static List<String> splitOnCjkSpaces(String part) {
        String[] tokens = SPACES.split(part);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String t : tokens) {
            if (current.length() == 0) {
                current.append(t);
                continue;
            }
            char last = current.charAt(current.length() - 1);
            boolean cjkBoundary = isCjkOrBracket(last) && isCjkOrBracket(t.charAt(0));
            boolean brokenName = current.length() == 1 || t.length() == 1;
            if (cjkBoundary && !brokenName) {
                out.add(current.toString());
                current.setLength(0);
                current.append(t);
            } else {
                current.append(cjkBoundary ? "" : " ").append(t);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isCjkOrBracket(char c) {
        return isCjk(c) || c == '）' || c == ')' || c == '（' || c == '(';
    }
}
