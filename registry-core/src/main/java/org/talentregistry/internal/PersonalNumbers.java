package org.talentregistry.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Identity numbers and phone numbers in free text that is published (a merit summary on the 公示 list), in the
 * forms offices write them: digits in ASCII or full width, in one run or in groups with one space, hyphen, dash or
 * ideographic space between them (110105 19491231 002X, 110105 1949 1231 002X, 139-1234-5678), a mobile with its
 * country code (+86, 0086, 86), a fixed line with its area code (0533-2181234, (0533)2181234, （0533） 2181234).
 *
 * <p>Such a group of digits counts as a number when it stands alone (no digit or Latin letter runs into it) and
 * is, joined: 18 characters (17 digits and a digit or X) or 15 digits, an identity number; a mobile (1[3-9] and nine
 * more digits, with a country code or not); or a fixed line (a 0, then 9 to 11 digits).
 */
public final class PersonalNumbers {
    private PersonalNumbers() {
    }

    /**
     * Tells whether a text holds an identity number or a phone number.
     *
     * @param text not null
     * @return true if it holds one
     */
    public static boolean holdsOne(String text) {
        return !mask(text).equals(text);
    }

    /**
     * Masks every identity number and phone number in a text: its digits but the first and last few become
     * {@code *}, its separators kept (an identity number keeps four at each end, a mobile its first three and
     * last two, a fixed line its area code and last two).
     *
     * @param text not null
     * @return the text, masked; the text itself if it holds none
     */
    public static String mask(String text) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i)) || (i > 0 && runsInto(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            List<int[]> groups = run(text, i);
            int last = groups.get(groups.size() - 1)[1];
            if (last < text.length() && runsInto(text.charAt(last))) {
                // The run's last group runs into a code or a word: it is not a number, nor part of one.
                groups.remove(groups.size() - 1);
            }
            // The longest span of the run's groups, from its first on, that joins into a number; then the next.
            int a = 0;
            while (a < groups.size()) {
                int found = -1;
                int[] kept = null;
                for (int b = groups.size() - 1; b >= a && kept == null; b--) {
                    kept = kept(joined(text, groups, a, b));
                    found = b;
                }
                if (kept == null) {
                    a++;
                    continue;
                }
                int from = groups.get(a)[0];
                int to = groups.get(found)[1];
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                int digits = joined(text, groups, a, found).length();
                out.append(text, copied, from).append(masked(text, from, to, kept[0], digits - kept[1]));
                copied = to;
                a = found + 1;
            }
            i = Math.max(last, i + 1);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * The groups of digits from a start: each a start and an end in the text, the next one after a single
     * separator (or the closing parenthesis of an area code the run began in). A group may end in an X.
     */
    private static List<int[]> run(String text, int start) {
        List<int[]> groups = new ArrayList<>();
        boolean inParentheses = start > 0 && (text.charAt(start - 1) == '(' || text.charAt(start - 1) == '（');
        int j = start;
        while (true) {
            int from = j;
            while (j < text.length() && isDigit(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && isX(text.charAt(j))) {
                j++;
                groups.add(new int[] {from, j});
                return groups;
            }
            groups.add(new int[] {from, j});
            int next = j;
            if (inParentheses && next < text.length() && (text.charAt(next) == ')' || text.charAt(next) == '）')) {
                // The area code's closing parenthesis, and one separator after it if any: (0533) 2181234.
                inParentheses = false;
                next++;
                if (next < text.length() && isSeparator(text.charAt(next))) {
                    next++;
                }
            } else if (next < text.length() && isSeparator(text.charAt(next))) {
                next++;
            }
            if (next == j || next >= text.length() || !isDigit(text.charAt(next))) {
                return groups;
            }
            j = next;
        }
    }

    /** The digits of groups a to b, in ASCII, an X as X. */
    private static String joined(String text, List<int[]> groups, int a, int b) {
        StringBuilder digits = new StringBuilder();
        for (int g = a; g <= b; g++) {
            for (int k = groups.get(g)[0]; k < groups.get(g)[1]; k++) {
                char c = text.charAt(k);
                digits.append(isX(c) ? 'X' : ascii(c));
            }
        }
        return digits.toString();
    }

    /** How many digits a number keeps at its start and at its end, or null if the digits are no such number. */
    private static int[] kept(String digits) {
        int n = digits.length();
        if (n < 10) {
            return null;
        }
        // An identity number begins with its region's code, 11 to 82: never a 0, as phone numbers and country codes do.
        boolean region = digits.charAt(0) >= '1' && digits.charAt(0) <= '8';
        if (region && ((n == 18 && digits.substring(0, 17).chars().allMatch(Character::isDigit))
                || (n == 15 && !digits.endsWith("X")))) {
            return new int[] {4, 4};
        }
        if (digits.endsWith("X")) {
            return null;
        }
        for (String country : new String[] {"", "86", "0086"}) {
            if (n == country.length() + 11 && digits.startsWith(country)
                    && digits.charAt(country.length()) == '1' && digits.charAt(country.length() + 1) >= '3') {
                return new int[] {country.length() + 3, 2};
            }
        }
        if (digits.charAt(0) == '0' && n >= 10 && n <= 12) {
            return new int[] {digits.charAt(1) == '1' || digits.charAt(1) == '2' ? 3 : 4, 2};
        }
        return null;
    }

    /** The text from start to end with its digits from the keepStart-th to the keepEnd-th masked. */
    private static String masked(String text, int start, int end, int keepStart, int keepEnd) {
        StringBuilder b = new StringBuilder(end - start);
        int digit = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            boolean isNumberCharacter = isDigit(c) || isX(c);
            if (isNumberCharacter) {
                b.append(digit >= keepStart && digit < keepEnd ? '*' : c);
                digit++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
    }

    private static boolean isX(char c) {
        return c == 'X' || c == 'x' || c == 'Ｘ';
    }

    private static char ascii(char c) {
        return c >= '\uFF10' ? (char) (c - 0xFEE0) : c;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\u3000' || c == '－' || c == '–' || c == '—';
    }

    /** A character that makes digits next to it part of something else: a code, a word. */
    private static boolean runsInto(char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
