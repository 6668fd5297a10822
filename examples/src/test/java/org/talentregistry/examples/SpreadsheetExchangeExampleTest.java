package org.talentregistry.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetExchangeExampleTest {
    // 18 characters of a resident ID standing alone, not part of a longer code such as a credit code.
    private static final Pattern UNMASKED_RESIDENT_ID = Pattern.compile("(?<!\\p{Alnum})[0-9]{17}[0-9X](?!\\p{Alnum})");

    @TempDir
    static Path dir;
    private static String output;

    /** The example runs once: the tests each check a part of what it printed and wrote. */
    @BeforeAll
    static void run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpreadsheetExchangeExample.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        output = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void run_importsTheGbkFile_andReportsTheFiveBadRowsInChinese() {
        assertThat(output).contains("its header on row 3", "1000 rows read, 995 artisans registered, 5 rows refused");
        assertThat(output).contains("第20行 公民身份号码", "第241行 技能等级 九级", "第515行 手机号", "第780行 发证日期",
                "第904行 统一社会信用代码");
        assertThat(output).contains("Imported it again: 995 rows unchanged, 0 registered, 0 updated");
    }

    @Test
    void run_writesTheRefusedRowsBack_inTheOfficesColumns_withTheReasons() throws IOException {
        List<List<String>> refused = rows("未导入的行.xlsx");
        assertThat(refused).hasSize(2 + 1 + 5);
        assertThat(refused.get(2)).startsWith("序号").endsWith("问题说明", "Problems");
        assertThat(refused.subList(3, 8)).extracting(r -> r.get(r.size() - 2)).satisfiesExactly(
                r -> assertThat(r).startsWith("公民身份号码"), r -> assertThat(r).startsWith("技能等级"),
                r -> assertThat(r).startsWith("手机号"), r -> assertThat(r).startsWith("发证日期"),
                r -> assertThat(r).startsWith("统一社会信用代码"));
    }

    @Test
    void run_countsTheVoteLogsBallots_eachVoterOnce() {
        assertThat(output)
                .contains("Imported the vote log: 765 votes counted, 1 duplicates (one vote per IP), 0 refused");
    }

    @Test
    void run_neverPrintsOrExportsAnUnmaskedResidentId() throws IOException {
        assertThat(UNMASKED_RESIDENT_ID.matcher(output.replace(dir.toString(), "<temp>")).find()).isFalse();
        for (String sheet : List.of("人才库.xlsx", "优先条件核验.xlsx", "导入问题.xlsx")) {
            assertThat(UNMASKED_RESIDENT_ID.matcher(String.join("\n", text(rows(sheet)))).find()).as(sheet).isFalse();
        }
    }

    @Test
    void run_exportsThePoolOfTheTwentyHonorees_andTheRankingAndRoll() throws IOException {
        assertThat(rows("人才库.xlsx")).hasSize(21);
        assertThat(rows("人才库.xlsx").get(1).get(13)).contains("淄博金牌工匠");
        assertThat(rows("综合排名.xlsx")).hasSize(31);
        assertThat(rows("表彰名单.xlsx")).hasSize(21);
    }

    @Test
    void run_importsTheTrainingOnce_andSharesThePoolWithNumbersOnlyWhereConsentHolds() throws IOException {
        assertThat(output).contains("Imported the training class: 20 engagements recorded; again: 20 unchanged, 0 recorded");
        assertThat(output).contains("Pool for the bureau (locked with a password): 共导出20行，其中5人于2024-04-20无「向人社部门人才库提供」同意记录");
        assertThatThrownBy(() -> rows("人才库_报送人社局.xlsx")).as("locked: no workbook without the password")
                .isInstanceOf(IOException.class);
        List<List<String>> shared = rows("人才库_报送人社局.xlsx", SpreadsheetExchangeExample.POOL_PASSWORD);
        assertThat(shared).hasSize(22);
        assertThat(shared.subList(1, 21)).filteredOn(r -> UNMASKED_RESIDENT_ID.matcher(r.get(2)).matches()).hasSize(15);
        assertThat(shared.subList(1, 21)).filteredOn(r -> r.get(2).contains("**********")).hasSize(5);
        assertThat(shared.get(21).get(0)).isEqualTo("说明");
    }

    @Test
    void run_answersThePrioritySheet_rowByRow_withUndecidedRowsSaidSo() throws IOException {
        assertThat(output).contains("Answered the bureau's priority sheet (an Excel 97-2003 .xls, opened with its password) of 38 applicants: "
                + "35 decided, 3 not decided");
        byte[] sent = Files.readAllBytes(dir.resolve("首席技师申报人员名单.xls"));
        assertThat(sent).startsWith(0xD0, 0xCF, 0x11, 0xE0);
        for (int offset = 0; offset < 2; offset++) {
            assertThat(new String(sent, offset, sent.length - offset, java.nio.charset.StandardCharsets.UTF_16LE))
                    .as("saved with a password, so no text in the clear").doesNotContain("申报人员名单");
        }
        List<List<String>> answer = rows("优先条件核验.xlsx");
        assertThat(answer).hasSize(40);
        assertThat(answer.get(0).get(0)).isEqualTo("2024年淄博市首席技师申报人员名单");
        assertThat(answer.get(1)).startsWith("序号", "姓名", "公民身份号码", "核验结果");
        assertThat(answer.subList(2, 37)).allSatisfy(r -> assertThat(r.get(3)).isEqualTo("已核验"));
        assertThat(answer.subList(2, 37)).anySatisfy(r -> assertThat(r.get(5)).contains("持有淄博金牌工匠称号"));
        assertThat(answer.get(37).get(3)).startsWith("身份证号无效");
        assertThat(answer.get(38).get(3)).isEqualTo("未在库中登记");
        assertThat(answer.get(39).get(3)).startsWith("姓名与登记不符");
    }

    private static List<List<String>> rows(String name) throws IOException {
        return rows(Files.readAllBytes(dir.resolve(name)));
    }

    /** A workbook locked with a password, opened as Excel does: decrypted with it. */
    private static List<List<String>> rows(String name, String password) throws IOException {
        try (POIFSFileSystem container = new POIFSFileSystem(dir.resolve(name).toFile(), true)) {
            Decryptor decryptor = new EncryptionInfo(container).getDecryptor();
            assertThat(decryptor.verifyPassword(password)).as("the password opens " + name).isTrue();
            try (InputStream plain = decryptor.getDataStream(container)) {
                return rows(plain.readAllBytes());
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            try (var stream = wb.getFirstSheet().openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(row.getCellText(c));
                    }
                    rows.add(cells);
                }
            }
            return rows;
        }
    }

    private static List<String> text(List<List<String>> rows) {
        return rows.stream().map(r -> String.join(",", r)).toList();
    }
}
