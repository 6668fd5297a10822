package org.talentregistry.exchange.internal;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.exchange.ExportOptions;
import org.talentregistry.exchange.ImportOptions;
import org.talentregistry.exchange.ImportProgress;
import org.talentregistry.exchange.ImportReport;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.SheetFormat;
import org.talentregistry.exchange.SheetKind;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.exchange.internal.Columns.Layout;
import org.talentregistry.exchange.internal.SheetReader.SheetRow;
import org.talentregistry.title.ConditionResult;
import org.talentregistry.title.PriorityDecision;

/**
 * The bureau's priority sheet: the uploaded rows come back, in order, with the priority decision of each
 * applicant under the policy in force on a date. Rows are read a batch at a time; each batch's numbers are
 * looked up in one query and decided in one {@code checkAll}, so memory stays constant.
 */
public final class PrioritySheet {
    private final TalentRegistry registry;
    private final ImportOptions options;
    private final Columns columns = Columns.of(SheetKind.PRIORITY_SHEET);

    /**
     * Creates the sheet's processor.
     *
     * @param registry the registry
     * @param options batch size, progress, cancellation, declared headers
     */
    public PrioritySheet(TalentRegistry registry, ImportOptions options) {
        this.registry = registry;
        this.options = options;
    }

    /**
     * Answers a sheet.
     *
     * @param source the bureau's sheet
     * @param titleCode the title applied for
     * @param asOf the decision date
     * @param format the answer's format
     * @param out where the answer goes
     * @param export masking of the identity numbers in the answer
     * @return what was read and answered: created counts rows decided, refused rows with a malformed or
     *     unknown number or a name that does not match
     */
    public ImportReport answer(SheetSource source, String titleCode, LocalDate asOf, SheetFormat format,
            OutputStream out, ExportOptions export) {
        registry.titles().policyInForce(titleCode, asOf);
        Problems problems = new Problems(options.maxProblems());
        long read = 0;
        long decided = 0;
        long refused = 0;
        boolean cancelled = false;
        long headerRow;
        String sheet;
        try (SheetReader reader = SheetReader.open(source, cells -> columns.recognized(cells, options.columns()));
                SheetWriter writer = SheetWriter.open(format, out, "优先条件核验", export, true)) {
            headerRow = reader.headerRow();
            sheet = reader.sheetName();
            List<RowProblem> layoutProblems = new ArrayList<>();
            Layout layout = columns.layout(reader, options.columns(), layoutProblems);
            if (!layoutProblems.isEmpty()) {
                problems.addAll(layoutProblems);
                return new ImportReport(SheetKind.PRIORITY_SHEET, sheet, headerRow, 0, 0, 0, 0, 0, false, false,
                        problems.kept(), problems.count());
            }
            reader.otherListsNotRead().ifPresent(problems::add);
            // The sheet comes back in the bureau's shape: its title and notes above the header stay there.
            for (SheetRow above : reader.aboveHeader()) {
                writer.row(shown(above.cells(), export));
            }
            List<String> headers = new ArrayList<>(shown(reader.headers(), export));
            int width = headers.size();
            headers.addAll(List.of("核验结果", "是否优先", "满足的优先条件（按顺序）", "政策版本", "说明"));
            writer.header(headers);
            // The applicants' own identity numbers and names, one per row.
            for (String field : List.of("residentId", "name")) {
                Integer column = layout.index().get(field);
                if (column != null) {
                    writer.rowUniqueText(column);
                }
            }
            List<SheetRow> batch = new ArrayList<>(options.batchSize());
            while (reader.hasNext()) {
                SheetRow row = reader.next();
                // A note or a repeated header is the bureau's own: it comes back where it was, unanswered.
                boolean record = !layout.isNotARecord(row.cells());
                if (record) {
                    batch.add(row);
                }
                boolean answered = false;
                if (!batch.isEmpty() && (!record || batch.size() == options.batchSize() || !reader.hasNext())) {
                    long[] counts = answerBatch(batch, layout, width, titleCode, asOf, writer, problems, export);
                    read += batch.size();
                    decided += counts[0];
                    refused += counts[1];
                    batch.clear();
                    options.progress().accept(new ImportProgress(read, decided, refused));
                    answered = true;
                }
                if (!record) {
                    writer.row(shown(row.cells(), export));
                }
                if (answered && reader.hasNext() && options.cancelled().getAsBoolean()) {
                    cancelled = true;
                    break;
                }
            }
            reader.broken().ifPresent(problems::add);
        }
        return new ImportReport(SheetKind.PRIORITY_SHEET, sheet, headerRow, read, decided, 0, 0, refused, cancelled,
                false, problems.kept(), problems.count());
    }

    /**
     * Whether a cell holds an old 15-digit identity number: the bureau's records still carry some, and the
     * applicant is looked up by the number GB 11643-1999 made of it.
     */
    private static boolean oldNumber(String text) {
        return text.length() == 15 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The bureau's own rows around its list (a title, the header, notes) as the answer shows them: whole when
     * it reveals personal data, else with what looks like an identity or mobile number masked, as in its rows.
     */
    private static List<String> shown(List<String> cells, ExportOptions export) {
        return export.revealsPersonalData() ? cells : RowFields.maskStray(cells);
    }

    private long[] answerBatch(List<SheetRow> batch, Layout layout, int width, String titleCode, LocalDate asOf,
            SheetWriter writer, Problems problems, ExportOptions export) {
        List<ResidentId> ids = new ArrayList<>(batch.size());
        List<String> status = new ArrayList<>(batch.size());
        // Each row's problem, found in two passes over the batch and reported in row order.
        RowProblem[] rowProblems = new RowProblem[batch.size()];
        boolean[] oldNumbers = new boolean[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            SheetRow row = batch.get(i);
            String text = layout.value(row.cells(), "residentId").orElse(null);
            OptionalInt contradicting = text == null ? OptionalInt.empty() : layout.contradicting(row.cells(), "residentId");
            ResidentId id = null;
            if (text == null) {
                status.add("身份证号为空");
                rowProblems[i] = new RowProblem(row.number(), layout.header("residentId"), "",
                        RowProblem.Kind.INVALID, "身份证号为空", "the resident ID is blank");
            } else if (contradicting.isPresent()) {
                int other = contradicting.getAsInt();
                String column = RowFields.columnName(other) + "列「" + layout.headerAt(other) + "」";
                status.add("两列身份证号不一致（另一列为" + column + "）");
                rowProblems[i] = new RowProblem(row.number(), layout.header("residentId"), RowFields.mask("residentId", text)
                        + " / " + RowFields.mask("residentId", CellText.clean(row.cells().get(other), true)),
                        RowProblem.Kind.INVALID, layout.header("residentId") + "与" + column + "的值不一致，无法确定以哪一列为准",
                        layout.header("residentId") + " and column " + RowFields.columnName(other) + " ("
                                + layout.headerAt(other) + ") hold different resident IDs, so which one holds cannot be told");
            } else if (RowFields.cutByExcel(text)) {
                status.add("身份证号无效：" + RowFields.CUT_BY_EXCEL_ZH);
                rowProblems[i] = new RowProblem(row.number(), layout.header("residentId"),
                        RowFields.mask("residentId", text), RowProblem.Kind.INVALID,
                        "身份证号" + RowFields.CUT_BY_EXCEL_ZH, "the resident ID " + RowFields.CUT_BY_EXCEL_EN);
            } else {
                try {
                    oldNumbers[i] = oldNumber(text);
                    id = oldNumbers[i] ? ResidentId.fromOld15(text) : ResidentId.of(text);
                    status.add(null);
                } catch (InvalidFieldException e) {
                    status.add("身份证号无效：" + Values.zh(e));
                    rowProblems[i] = new RowProblem(row.number(), layout.header("residentId"),
                            RowFields.mask("residentId", text), RowProblem.Kind.INVALID, "身份证号无效：" + Values.zh(e),
                            "the resident ID is malformed: " + e.getProblem());
                }
            }
            ids.add(id);
        }
        Map<ResidentId, Artisan> found = registry.artisans().findAllByResidentId(
                ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toList()));
        List<Artisan> toCheck = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ResidentId id = ids.get(i);
            if (id == null) {
                continue;
            }
            Artisan a = found.get(id);
            SheetRow row = batch.get(i);
            if (a == null) {
                status.set(i, "未在库中登记");
                rowProblems[i] = new RowProblem(row.number(), layout.header("residentId"), id.masked(),
                        RowProblem.Kind.NOT_FOUND, "该身份证号未在库中登记", "no artisan has this resident ID");
                continue;
            }
            String name = layout.value(row.cells(), "name").orElse(null);
            if (name != null && !name.equals(a.name())) {
                status.set(i, "姓名与登记不符（登记为「" + a.name() + "」）");
                rowProblems[i] = new RowProblem(row.number(), layout.header("name"), RowFields.maskStray(name),
                        RowProblem.Kind.AMBIGUOUS,
                        "姓名与身份证号登记的「" + a.name() + "」不符", "the name differs from the registered one ("
                                + a.name() + ")");
                continue;
            }
            toCheck.add(a);
        }
        for (RowProblem problem : rowProblems) {
            if (problem != null) {
                problems.add(problem);
            }
        }
        Iterator<PriorityDecision> decisions;
        try (Stream<PriorityDecision> stream = registry.priority().checkAll(toCheck.stream().map(Artisan::id), titleCode,
                asOf)) {
            List<PriorityDecision> list = stream.collect(Collectors.toList());
            decisions = list.iterator();
        }
        String[] personal = new String[width];
        for (int c = 0; c < width; c++) {
            personal[c] = layout.personalFieldAt(c);
        }
        long decided = 0;
        long refused = 0;
        for (int i = 0; i < batch.size(); i++) {
            SheetRow row = batch.get(i);
            List<Object> cells = new ArrayList<>(width + 5);
            for (int c = 0; c < width; c++) {
                String v = c < row.cells().size() ? row.cells().get(c) : null;
                if (v != null && !v.isEmpty() && !export.revealsPersonalData()) {
                    // Every column of identity numbers (a sheet may carry two), and what strays into others.
                    v = personal[c] != null ? RowFields.mask(personal[c], CellText.clean(v, true)) : RowFields.maskStray(v);
                }
                cells.add(v);
            }
            if (status.get(i) != null) {
                refused++;
                cells.addAll(java.util.Arrays.asList(status.get(i), null, null, null, null));
            } else {
                decided++;
                PriorityDecision d = decisions.next();
                cells.add(oldNumbers[i] ? "已核验（按15位旧号码对应的18位号码）" : "已核验");
                cells.add(d.hasPriority() ? "是" : "否");
                cells.add(d.results().stream().filter(ConditionResult::met).map(r -> r.condition().ruleZh())
                        .collect(Collectors.joining("；")));
                cells.add(d.policyId() + " 第" + d.policyVersion() + "版");
                cells.add(d.explain(Locale.CHINESE));
            }
            writer.row(cells);
        }
        return new long[] {decided, refused};
    }
}
