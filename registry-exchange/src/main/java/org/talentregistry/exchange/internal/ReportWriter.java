package org.talentregistry.exchange.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.talentregistry.exchange.ImportReport;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.SheetFormat;

/** Writes an import's problems as a sheet to send back to the office. */
public final class ReportWriter {
    private static final List<String> HEADERS = List.of("行号 Row", "列 Column", "值 Value", "类型 Kind",
            "原因", "Reason");

    private ReportWriter() {
    }

    /**
     * Writes a report.
     *
     * @param report the report
     * @param format the format
     * @param out the stream, left open
     */
    public static void write(ImportReport report, SheetFormat format, OutputStream out) {
        // A workbook's report names the sheet read on every row, so that the reports of a workbook's lists
        // can be put together and still say where each row is.
        boolean named = !report.sheet().isEmpty();
        try (SheetWriter writer = SheetWriter.open(format, out, "导入问题")) {
            List<String> headers = new ArrayList<>(HEADERS);
            if (named) {
                headers.add(0, "工作表 Sheet");
            }
            writer.header(headers);
            writer.rowUniqueText(named ? 3 : 2);
            for (RowProblem p : report.problems()) {
                List<Object> cells = new ArrayList<>(7);
                if (named) {
                    cells.add(report.sheet());
                }
                cells.add(p.row() == 0 ? null : p.row());
                cells.add(p.column());
                cells.add(p.value());
                cells.add(kind(p.kind()));
                cells.add(p.reasonZh());
                cells.add(p.reasonEn());
                writer.row(cells);
            }
            if (report.problemCount() > report.problems().size()) {
                long more = report.problemCount() - report.problems().size();
                List<String> cells = new ArrayList<>(List.of("", "", "", "", "另有 " + more + " 个问题未列出",
                        more + " more problems not listed"));
                if (named) {
                    cells.add(0, report.sheet());
                }
                writer.row(cells);
            }
        }
    }

    private static String kind(RowProblem.Kind kind) {
        return switch (kind) {
            case INVALID -> "数据无效 invalid";
            case CONFLICT -> "冲突 conflict";
            case AMBIGUOUS -> "无法确定 ambiguous";
            case NOT_FOUND -> "未找到 not found";
            case LAYOUT -> "表格格式 layout";
            case NO_CONSENT -> "未经同意 no consent";
        };
    }
}
