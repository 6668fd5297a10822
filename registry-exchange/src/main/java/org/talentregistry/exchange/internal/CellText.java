package org.talentregistry.exchange.internal;

/**
 * Cleans a cell's text of what office software and the systems that export to it add around a value: the
 * spaces an ideographic or a non-breaking space leaves, zero-width characters pasted from web pages, the
 * {@code ="…"} and leading apostrophe that make Excel keep a long number as text, and, in columns of codes,
 * numbers and dates, the full-width digits and letters a Chinese input method types.
 */
final class CellText {
    private CellText() {
    }

    /**
     * Cleans a cell's text.
     *
     * @param text the cell's text, not null
     * @param code whether the column holds codes, numbers or dates, whose full-width forms are read as ASCII
     * @return the text cleaned and stripped; empty if nothing is left
     */
    static String clean(String text, boolean code) {
        String s = needsCleaning(text, code) ? fold(text, code) : text;
        s = s.strip();
        if (s.length() >= 3 && s.startsWith("=\"") && s.endsWith("\"")) {
            s = s.substring(2, s.length() - 1).replace("\"\"", "\"").strip();
        } else if (s.length() >= 2 && s.charAt(0) == '\'' && (Character.isDigit(s.charAt(1)) || formulaStart(s.charAt(1)))) {
            // Excel's text marker before a number, or the one the registry's own exports put before a text a
            // spreadsheet would take for a formula (SheetWriter.neutralise): the file sent back reads as written.
            s = s.substring(1);
        }
        return s;
    }

    private static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    private static boolean needsCleaning(String text, boolean code) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u3000' || c == '\u00A0' || invisible(c) || code && c >= '\uFF01' && c <= '\uFF5E') {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text, boolean code) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u3000' || invisible(c)) {
                continue;
            }
            if (c == '\u00A0') {
                b.append(' ');
            } else if (code && c >= '\uFF01' && c <= '\uFF5E') {
                b.append((char) (c - 0xFEE0));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Zero-width spaces and joiners, the word joiner and a byte-order mark inside the text. */
    static boolean invisible(char c) {
        return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF';
    }
}
