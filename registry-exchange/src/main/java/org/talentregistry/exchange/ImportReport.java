package org.talentregistry.exchange;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.talentregistry.exchange.internal.ReportWriter;

/**
 * What an import did: rows read, created, updated, unchanged and refused, and why each refused row was
 * refused. {@link #writeTo} turns the problems into a spreadsheet to send back to the office.
 *
 * @param kind what was imported, not null
 * @param sheet the workbook's sheet that was read, by its name on the tab (the one named, or the one that
 *     holds the list); empty for CSV and for a file that could not be read; not null
 * @param headerRow the sheet row the headers were read from, as a spreadsheet program numbers it (1 for the
 *     first): the row below any title or notes above the header; 0 for an empty sheet
 * @param rowsRead data rows read (the header not counted)
 * @param created records created: artisans registered, nominations made, votes accepted
 * @param updated records updated: artisans updated, engagements corrected
 * @param unchanged rows that matched a record they would not change (a re-import), or votes already counted
 * @param refused rows refused; each has at least one problem, unless more than the kept problems
 * @param cancelled whether the import was stopped by its cancellation check before the end of the file
 * @param committed whether anything was written; false for an {@link ImportMode#ALL_OR_NOTHING} import with
 *     a refused row
 * @param problems the problems in row order, at most {@link ImportOptions#maxProblems()}, not null
 * @param problemCount every problem, including those not kept
 */
public record ImportReport(SheetKind kind, String sheet, long headerRow, long rowsRead, long created, long updated,
        long unchanged, long refused, boolean cancelled, boolean committed, List<RowProblem> problems, long problemCount) {

    /**
     * Creates a report.
     *
     * @param kind not null
     * @param sheet the sheet read, or empty; not null
     * @param headerRow the header's row number; 0 for an empty sheet
     * @param rowsRead data rows read
     * @param created records created
     * @param updated records updated: artisans updated, engagements corrected
     * @param unchanged rows that changed nothing
     * @param refused rows refused
     * @param cancelled whether stopped before the end
     * @param committed whether anything was written
     * @param problems not null; copied
     * @param problemCount every problem, kept or not
     * @throws NullPointerException if the kind, the sheet or the problems are null
     */
    public ImportReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sheet, "sheet");
        problems = List.copyOf(problems);
    }

    /**
     * Tells whether every row passed.
     *
     * @return true if no row was refused and the sheet's layout was right
     */
    public boolean isClean() {
        return problemCount == 0;
    }

    /**
     * Writes the problems as a spreadsheet for the office that sent the file: row, column, value (masked if
     * personal), kind, and the reason in Chinese and in English, after the {@link #sheet() sheet} read if the
     * file was a workbook. Headers are in both languages.
     *
     * @param format the format, not null
     * @param out where to write, not null; left open
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeTo(SheetFormat format, OutputStream out) {
        ReportWriter.write(this, Objects.requireNonNull(format, "format"), Objects.requireNonNull(out, "out"));
    }

    @Override
    public String toString() {
        return "ImportReport{" + kind + (sheet.isEmpty() ? "" : " from sheet '" + sheet + "'") + ": header on row "
                + headerRow + ", read " + rowsRead + ", created " + created
                + ", updated " + updated + ", unchanged " + unchanged + ", refused " + refused
                + (cancelled ? ", cancelled" : "")
                + (committed ? "" : ", nothing written") + ", problems " + problemCount + "}";
    }
}
