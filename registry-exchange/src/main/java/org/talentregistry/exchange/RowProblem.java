package org.talentregistry.exchange;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a row was refused: which row, which column, which value (masked if personal) and the reason in
 * Chinese and English.
 *
 * @param row the row number as a spreadsheet program shows it (the header is row 1 when it is the first
 *     line), or 0 for a problem with the whole sheet, such as a missing column
 * @param column the column's header as the file writes it, or empty if the problem is the row's as a whole
 * @param value the offending value, masked if it is a resident identity number or a phone, not null
 * @param kind what sort of problem, not null
 * @param reasonZh the reason in Chinese, not null
 * @param reasonEn the reason in English, not null
 */
public record RowProblem(long row, String column, String value, Kind kind, String reasonZh, String reasonEn) {

    /** What sort of problem a row has. */
    public enum Kind {
        /** A value breaks its field's rule, or a required value is missing. */
        INVALID,
        /** The row would change a registered record the policy does not let it change, or one changed meanwhile. */
        CONFLICT,
        /** The row's identity number matches a record whose name differs: which person is meant is unclear. */
        AMBIGUOUS,
        /** The row refers to a record the registry does not have. */
        NOT_FOUND,
        /**
         * The file or the sheet's layout is wrong: a required column is missing, or the file is no sheet that
         * can be read (empty, an Excel 97-2003 .xls, a damaged .xlsx, not text).
         */
        LAYOUT,
        /** The row needs the person's consent to a purpose (PIPL), and none holds on its date. */
        NO_CONSENT
    }

    /**
     * Creates a problem.
     *
     * @param row the row number, or 0 for the sheet as a whole
     * @param column the column's header, or empty; not null
     * @param value the value, masked if personal; not null
     * @param kind not null
     * @param reasonZh not null
     * @param reasonEn not null
     * @throws NullPointerException if a value is null
     */
    public RowProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
    }

    /**
     * Returns the reason in Chinese for a Chinese locale, in English otherwise (never by the JVM's default).
     *
     * @param locale the reader's locale, not null
     * @return the reason, not null
     */
    public String reason(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? reasonZh : reasonEn;
    }

    @Override
    public String toString() {
        return "row " + row + (column.isEmpty() ? "" : ", " + column) + (value.isEmpty() ? "" : " '" + value + "'")
                + ": " + reasonEn;
    }
}
