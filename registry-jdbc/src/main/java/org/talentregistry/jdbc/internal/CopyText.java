package org.talentregistry.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Rows in the text format of PostgreSQL's {@code COPY ... FROM STDIN}: fields separated by tabs, rows ended
 * by a newline, {@code \N} for null, and backslash, tab, newline and carriage return escaped in text.
 */
final class CopyText {
    private final StringBuilder text;
    private boolean rowStarted;

    CopyText(int expectedRows) {
        this.text = new StringBuilder(expectedRows * 256);
    }

    CopyText text(String value) {
        separate();
        if (value == null) {
            text.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    CopyText number(long value) {
        separate();
        text.append(value);
        return this;
    }

    /** A date as {@code 2018-06-13}, or null; years outside 1 to 9999 do not reach a registry's columns. */
    CopyText date(LocalDate value) {
        separate();
        if (value == null) {
            text.append("\\N");
        } else {
            text.append(value);
        }
        return this;
    }

    /** An instant as the UTC time the registry stores in a {@code TIMESTAMP(6)}, as {@link SqlValues} binds it. */
    CopyText instant(Instant value) {
        separate();
        if (value == null) {
            text.append("\\N");
            return this;
        }
        LocalDateTime utc = LocalDateTime.ofInstant(value, ZoneOffset.UTC);
        text.append(utc.toLocalDate()).append(' ');
        pad(utc.getHour(), 2).append(':');
        pad(utc.getMinute(), 2).append(':');
        pad(utc.getSecond(), 2).append('.');
        pad(utc.getNano() / 1_000, 6);
        return this;
    }

    void endRow() {
        text.append('\n');
        rowStarted = false;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void separate() {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
    }

    private StringBuilder pad(int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }
}
