package org.talentregistry.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.talentregistry.exchange.SheetFormat;
import org.talentregistry.exchange.SheetKind;
import org.talentregistry.exchange.internal.Columns.Column;

/**
 * The downloadable template of a kind: its headers in Chinese (required ones marked with {@code *}, which
 * imports ignore), a sample row and, in XLSX, a drop-down list for each enumeration.
 */
public final class Templates {
    private static final int VALIDATED_ROWS = 100_000;
    /**
     * A warning lets an office keep a value the list lacks (an old level name the import still reads). The
     * writer spells the style in the JVM's default locale, though, and under a Turkish or Azeri one "WARNING"
     * becomes "warnıng", which Excel rejects as a corrupt file; "STOP" has no letter I to go wrong.
     */
    private static final DataValidationErrorStyle WARNING_OR_STOP =
            DataValidationErrorStyle.WARNING.toString().equals("warning") ? DataValidationErrorStyle.WARNING
                    : DataValidationErrorStyle.STOP;

    private Templates() {
    }

    /**
     * Writes a template.
     *
     * @param kind the kind
     * @param format the format
     * @param out the stream, left open
     */
    public static void write(SheetKind kind, SheetFormat format, OutputStream out) {
        List<Column> columns = Columns.of(kind).all();
        List<String> headers = new ArrayList<>();
        List<String> sample = new ArrayList<>();
        for (Column c : columns) {
            headers.add(c.required() ? c.headerZh() + "*" : c.headerZh());
            sample.add(c.sample());
        }
        if (format == SheetFormat.CSV) {
            try (SheetWriter writer = SheetWriter.open(format, out, "")) {
                writer.header(headers);
                writer.row(sample);
            }
            return;
        }
        try {
            Workbook workbook = new Workbook(new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            }, "TalentRegistry", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(kind));
            Worksheet choices = workbook.newWorksheet("可选值");
            int choiceColumn = 0;
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
                sheet.width(c, Math.max(12, headers.get(c).length() * 2 + 6));
                // A column style, not one per cell: identity numbers, codes and phones are text, where as numbers
                // Excel would round an 18-digit number.
                sheet.style(c).format("@").set();
                sheet.value(1, c, column.sample());
                if (!column.choices().isEmpty()) {
                    choices.value(0, choiceColumn, column.headerZh());
                    for (int i = 0; i < column.choices().size(); i++) {
                        choices.value(i + 1, choiceColumn, column.choices().get(i));
                    }
                    sheet.range(1, c, VALIDATED_ROWS, c)
                            .validateWithList(choices.range(1, choiceColumn, column.choices().size(), choiceColumn))
                            .allowBlank(!column.required()).showDropdown(true).showErrorMessage(true)
                            .errorStyle(WARNING_OR_STOP)
                            .errorTitle(column.headerZh()).error("请从下拉列表中选择");
                    choiceColumn++;
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(SheetKind kind) {
        return switch (kind) {
            case ARTISANS -> "人员信息";
            case NOMINATIONS -> "申报信息";
            case BALLOTS -> "投票记录";
            case PRIORITY_SHEET -> "申请人名单";
            case TRAININGS -> "培训记录";
            case CAMPUS_TALKS -> "宣讲记录";
            case MEDIA_FEATURES -> "媒体宣传";
            case POOL_MEMBERS -> "人才库人员";
        };
    }
}
