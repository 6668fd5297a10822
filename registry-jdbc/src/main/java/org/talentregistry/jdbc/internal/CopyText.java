package org.talentregistry.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * Rows in the text format of PostgreSQL's {@code COPY ... FROM STDIN}: fields separated by tabs, rows ended
 * by a newline, {@code \N} for null, and backslash, tab, newline and carriage return escaped in text.
 *
 * <p>The rows are encoded to UTF-8 as they are added, a value with nothing to escape in one piece: an
 * import's batch of 1,000 audit events with their snapshots is about 600 KB, and escaping it a character at
 * a time into a growing {@code StringBuilder}, then encoding the whole, was two thirds of the audit store's
 * CPU samples (issue 12's profile).
 */
final class CopyText {
    private static final byte[] NULL = {'\\', 'N'};

    private byte[] bytes;
    private int length;
    private boolean rowStarted;

    CopyText(int expectedRows) {
        this.bytes = new byte[Math.max(1024, expectedRows * 768)];
    }

    CopyText text(String value) {
        separate();
        if (value == null) {
            append(NULL);
            return this;
        }
        int plain = 0;
        while (plain < value.length() && !needsEscape(value.charAt(plain))) {
            plain++;
        }
        if (plain == value.length()) {
            append(value.getBytes(StandardCharsets.UTF_8));
            return this;
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16).append(value, 0, plain);
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        append(escaped.toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    CopyText number(long value) {
        separate();
        ascii(Long.toString(value));
        return this;
    }

    /** A date as {@code 2018-06-13}, or null; years outside 1 to 9999 do not reach a registry's columns. */
    CopyText date(LocalDate value) {
        separate();
        if (value == null) {
            append(NULL);
        } else {
            ascii(value.toString());
        }
        return this;
    }

    /** An instant as the UTC time the registry stores in a {@code TIMESTAMP(6)}, as {@link SqlValues} binds it. */
    CopyText instant(Instant value) {
        separate();
        if (value == null) {
            append(NULL);
            return this;
        }
        LocalDateTime utc = SqlValues.utc(value);
        ascii(utc.toLocalDate().toString());
        ascii(' ');
        pad(utc.getHour(), 2);
        ascii(':');
        pad(utc.getMinute(), 2);
        ascii(':');
        pad(utc.getSecond(), 2);
        ascii('.');
        pad(utc.getNano() / 1_000, 6);
        return this;
    }

    void endRow() {
        ascii('\n');
        rowStarted = false;
    }

    /** The buffer the rows are in: its first {@link #length()} bytes, not a copy. */
    byte[] buffer() {
        return bytes;
    }

    /** How many bytes of {@link #buffer()} the rows take. */
    int length() {
        return length;
    }

    private static boolean needsEscape(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }

    private void separate() {
        if (rowStarted) {
            ascii('\t');
        }
        rowStarted = true;
    }

    private void pad(int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            ascii('0');
        }
        ascii(digits);
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
    }

    private void ascii(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
    }

    private void append(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
