package org.talentregistry.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentregistry.exchange.ExportOptions;
import org.talentregistry.exchange.ImportOptions;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.SheetFormat;
import org.talentregistry.exchange.SheetKind;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.exchange.internal.SheetReader.SheetRow;

class RefusedRowsSheetTest {
    private static RowProblem problem(long row, String zh, String en) {
        return new RowProblem(row, "", "", RowProblem.Kind.INVALID, zh, en);
    }

    @Test
    void aBatchsRefusedRows_areWrittenInRowOrder_withTheirOwnReasons_masked_andOthersAfterTheLastBatch() {
        Columns ballots = Columns.of(SheetKind.BALLOTS);
        String csv = "候选人编号,投票IP,投票时间\r\n1,202.110.1.7,2018-06-01 10:15\r\n2,202.110.1.8,昨天\r\n0,202.110.1.9,"
                + "2018-06-01 10:17\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportOptions options = ImportOptions.builder().refusedRowsTo(SheetFormat.CSV, out, ExportOptions.masked())
                .build();

        try (SheetReader reader = SheetReader.open(SheetSource.of(csv.getBytes(StandardCharsets.UTF_8)),
                cells -> ballots.recognized(cells, Map.of()));
                RefusedRowsSheet sheet = RefusedRowsSheet.of(options)) {
            Problems problems = new Problems(10, sheet);
            problems.add(problem(0, "本文件的说明", "a note on the file"));
            sheet.start(reader, ballots.layout(reader, Map.of(), new ArrayList<>()));
            List<SheetRow> batch = new ArrayList<>();
            reader.forEachRemaining(batch::add);
            problems.add(problem(4, "候选人编号应为正整数", "the nominee must be positive"));
            problems.add(problem(3, "投票时间格式无法识别", "the time cannot be read"));
            problems.add(problem(3, "另一个问题", "another"));
            problems.addOfBatch(problem(2, "第2行起的一批中有 1 票未计入", "1 vote of the batch was refused"));
            problems.add(problem(9, "从这一行起文件无法按CSV读取", "the file breaks off"));
            sheet.batchDone(batch);
            assertThat(problems.count()).isEqualTo(6);
        }

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "\uFEFF候选人编号,投票IP,投票时间,问题说明,Problems",
                "\"\",,,本文件的说明,a note on the file",
                "2,20*******.8,昨天,投票时间格式无法识别；另一个问题,the time cannot be read; another",
                "0,20*******.9,2018-06-01 10:17,候选人编号应为正整数,the nominee must be positive",
                "\"\",,,从这一行起文件无法按CSV读取,the file breaks off");
    }

    @Test
    void aTitleKeepsItsWords_masked_andReasonsStandUnderTheirHeaders_pastTrailingBlankCells() {
        Columns priority = Columns.of(SheetKind.PRIORITY_SHEET);
        String csv = "张店区申报名单（核对人身份证370303197805120132）,\r\n序号,姓名,身份证号\r\n1,王建国,3703,,,\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportOptions options = ImportOptions.builder().refusedRowsTo(SheetFormat.CSV, out, ExportOptions.masked())
                .build();

        try (SheetReader reader = SheetReader.open(SheetSource.of(csv.getBytes(StandardCharsets.UTF_8)),
                cells -> priority.recognized(cells, Map.of()));
                RefusedRowsSheet sheet = RefusedRowsSheet.of(options)) {
            Problems problems = new Problems(10, sheet);
            sheet.start(reader, priority.layout(reader, Map.of(), new ArrayList<>()));
            List<SheetRow> batch = new ArrayList<>();
            reader.forEachRemaining(batch::add);
            problems.add(problem(3, "身份证号位数不对", "the resident ID has the wrong length"));
            sheet.batchDone(batch);
        }

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "\uFEFF张店区申报名单（核对人身份证3703**********0132）,",
                "序号,姓名,身份证号,问题说明,Problems",
                "1,王建国,****,身份证号位数不对,the resident ID has the wrong length");
    }

    @Test
    void withoutATarget_nothingIsWritten() {
        assertThat(RefusedRowsSheet.of(ImportOptions.defaults())).isSameAs(RefusedRowsSheet.NONE);
    }
}
