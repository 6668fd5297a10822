package org.talentregistry.exchange.xls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.exchange.xls.XlsFiles;
import org.talentregistry.exchange.spi.UnreadableWorkbookException;
import org.talentregistry.exchange.spi.WorkbookReader;
import org.talentregistry.exchange.spi.WorkbookReader.Cell;
import org.talentregistry.exchange.spi.WorkbookReader.Row;

class HssfWorkbookReaderTest {
    private final HssfWorkbookReader reader = new HssfWorkbookReader();

    private static byte[] bytes(HSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }

    private WorkbookReader.Workbook open(byte[] xls) throws IOException {
        return reader.open(SheetSource.of(xls));
    }

    /** A workbook of one sheet, saved with a password as Excel does: its records encrypted. */
    private static byte[] savedWithPassword(String password) throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        wb.createSheet("名单").createRow(0).createCell(0).setCellValue("姓名");
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try {
            return bytes(wb);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static String firstCell(WorkbookReader.Workbook workbook) {
        return workbook.sheets().get(0).rows().next().cells().get(0).text();
    }

    @Test
    void recognizes_theContainerOfXlsFiles_andNothingElse() throws IOException {
        byte[] xls = bytes(new HSSFWorkbook());

        assertThat(reader.recognizes(Arrays.copyOf(xls, 8))).isTrue();
        assertThat(reader.recognizes(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0})).isFalse();
        assertThat(reader.recognizes("姓名,身份".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void cells_comeTyped_numbersWithTheirFormats_andFormulasAsTheirCachedResults() throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        HSSFSheet sheet = wb.createSheet("名单");
        HSSFRow row = sheet.createRow(2);
        row.createCell(0).setCellValue("张三");
        row.createCell(1).setCellValue(13812340000d);
        HSSFCellStyle chineseDate = wb.createCellStyle();
        chineseDate.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        row.createCell(2).setCellValue(LocalDate.of(2018, 6, 13));
        row.getCell(2).setCellStyle(chineseDate);
        row.createCell(3).setCellValue(true);
        row.createCell(4).setCellFormula("B3/10");
        row.createCell(5).setCellErrorValue(FormulaError.NA);
        row.createCell(7).setCellValue("");
        row.createCell(8).setCellFormula("\"工匠\"&A3");
        wb.setForceFormulaRecalculation(false);
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

        try (WorkbookReader.Workbook workbook = open(bytes(wb))) {
            Iterator<Row> rows = workbook.sheets().get(0).rows();
            Row read = rows.next();

            assertThat(read.number()).isEqualTo(3);
            assertThat(read.hidden()).isFalse();
            List<Cell> cells = read.cells();
            assertThat(cells.get(0)).isEqualTo(Cell.text("张三"));
            assertThat(cells.get(1).number()).isEqualTo(13812340000d);
            assertThat(cells.get(2).dateTime()).isEqualTo(LocalDateTime.of(2018, 6, 13, 0, 0));
            assertThat(cells.get(2).format()).contains("年");
            assertThat(cells.get(3)).isEqualTo(Cell.text("TRUE"));
            assertThat(cells.get(4).number()).isEqualTo(1381234000d);
            assertThat(cells.get(5)).isEqualTo(Cell.text("#N/A"));
            assertThat(cells.get(6)).isEqualTo(Cell.BLANK);
            assertThat(cells.get(7)).isEqualTo(Cell.text(""));
            assertThat(cells.get(8)).isEqualTo(Cell.text("工匠张三"));
            assertThat(rows.hasNext()).isFalse();
        }
    }

    @Test
    void dates_ofAWorkbookInThe1904System_areTheDaysTheOfficeTyped() throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        HSSFRow row = wb.createSheet("名单").createRow(0);
        // 2018-06-13 is day 43,264 in Excel's 1900 system and day 41,802 in its 1904 system (old Mac Excel's).
        row.createCell(0).setCellValue(41_802d);
        HSSFCellStyle date = wb.createCellStyle();
        date.setDataFormat((short) 14);
        row.getCell(0).setCellStyle(date);

        try (WorkbookReader.Workbook in1900 = open(bytes(wb)); WorkbookReader.Workbook in1904 = open(with1904(bytes(wb)))) {
            assertThat(in1900.sheets().get(0).rows().next().cells().get(0).dateTime())
                    .isEqualTo(LocalDateTime.of(2014, 6, 12, 0, 0));
            Cell cell = in1904.sheets().get(0).rows().next().cells().get(0);
            assertThat(cell.dateTime()).isEqualTo(LocalDateTime.of(2018, 6, 13, 0, 0));
            assertThat(cell.formatId()).isEqualTo(14);
        }
    }

    /** The workbook with its DATEMODE record (0x22) set to the 1904 system, as old Mac Excel saved files. */
    private static byte[] with1904(byte[] xls) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls))) {
            byte[] stream;
            try (var in = fs.getRoot().createDocumentInputStream("Workbook")) {
                stream = in.readAllBytes();
            }
            java.nio.ByteBuffer records = java.nio.ByteBuffer.wrap(stream).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            for (int at = 0; at + 4 <= stream.length; at += 4 + (records.getShort(at + 2) & 0xFFFF)) {
                if (records.getShort(at) == 0x22) {
                    records.putShort(at + 4, (short) 1);
                    fs.getRoot().createOrUpdateDocument("Workbook", new ByteArrayInputStream(stream));
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    fs.writeFilesystem(out);
                    return out.toByteArray();
                }
            }
        }
        throw new AssertionError("no DATEMODE record");
    }

    @Test
    void sheets_sayWhetherTheyShow_whichCellsAreMerged_andWhichRowsAreHidden() throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        HSSFSheet list = wb.createSheet("名单");
        list.createRow(0).createCell(0).setCellValue("2018年名单");
        list.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        list.createRow(1).createCell(0).setCellValue("姓名");
        list.createRow(4).createCell(0).setCellValue("李四");
        list.getRow(4).setZeroHeight(true);
        wb.createSheet("旧表");
        wb.setSheetHidden(1, true);

        try (WorkbookReader.Workbook workbook = open(bytes(wb))) {
            assertThat(workbook.sheets()).extracting(WorkbookReader.Sheet::name, WorkbookReader.Sheet::isVisible)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("名单", true),
                            org.assertj.core.groups.Tuple.tuple("旧表", false));
            WorkbookReader.Sheet sheet = workbook.sheets().get(0);
            assertThat(sheet.mergedRegions()).containsExactly(new WorkbookReader.Range(1, 1, 0, 5));
            List<Row> rows = new java.util.ArrayList<>();
            sheet.rows().forEachRemaining(rows::add);
            assertThat(rows).extracting(Row::number, Row::hidden).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, false),
                    org.assertj.core.groups.Tuple.tuple(5, true));
        }
    }

    @Test
    void rows_ofEachSheet_comeInOrder_eachOnce_blockAfterBlock() throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        for (String name : List.of("张店区", "淄川区")) {
            HSSFSheet sheet = wb.createSheet(name);
            for (int r = 0; r < 1000; r++) {
                if (r % 7 != 3) {
                    HSSFRow row = sheet.createRow(r);
                    row.createCell(0).setCellValue(name + r);
                    row.createCell(2).setCellValue(r);
                    row.setZeroHeight(r % 100 == 0);
                }
            }
        }

        try (WorkbookReader.Workbook workbook = open(bytes(wb))) {
            for (WorkbookReader.Sheet sheet : workbook.sheets()) {
                List<Row> rows = new java.util.ArrayList<>();
                sheet.rows().forEachRemaining(rows::add);

                assertThat(rows).hasSize(1000 - 143);
                for (Row row : rows) {
                    int r = row.number() - 1;
                    assertThat(row.cells()).containsExactly(Cell.text(sheet.name() + r), Cell.BLANK,
                            Cell.number(r, row.cells().get(2).dateTime(), 0, "General"));
                    assertThat(row.hidden()).isEqualTo(r % 100 == 0);
                }
                assertThat(rows).extracting(Row::number).isSorted();
            }
        }
    }

    @Test
    void open_aWorkbookSavedWithAPassword_readsItWithThePassword_andSaysWhenItIsMissingOrWrong() throws IOException {
        byte[] xls = savedWithPassword("zibo2018");

        try (WorkbookReader.Workbook workbook = reader.open(SheetSource.of(xls).withPassword("zibo2018"))) {
            assertThat(firstCell(workbook)).isEqualTo("姓名");
        }
        assertThatThrownBy(() -> open(xls)).isInstanceOfSatisfying(UnreadableWorkbookException.class,
                e -> assertThat(e.reasonZh()).contains("加了密码").contains("凭发件单位告知的密码导入"));
        assertThatThrownBy(() -> reader.open(SheetSource.of(xls).withPassword("zibo2019")))
                .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
                    assertThat(e.reasonZh()).contains("所给密码不正确");
                    assertThat(e.reasonEn()).contains("the password given does not open it");
                });
        assertThat(Biff8EncryptionKey.getCurrentUserPassword()).as("the thread's password slot is put back").isNull();
    }

    @Test
    void open_aWorkbookOnlyProtectedAgainstChanges_readsWithoutAPassword() throws IOException {
        // Excel encrypts a workbook whose structure is protected with a fixed password of its own.
        byte[] xls = savedWithPassword("VelvetSweatshop");

        try (WorkbookReader.Workbook workbook = open(xls)) {
            assertThat(firstCell(workbook)).isEqualTo("姓名");
        }
    }

    @Test
    void decrypt_anXlsxEncryptedWithAPassword_givesItsArchive_inEitherOfExcelsEncryptions() throws Exception {
        byte[] archive = "PK\u0003\u0004 the workbook's archive".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (EncryptionMode mode : List.of(EncryptionMode.agile, EncryptionMode.standard)) {
            byte[] encrypted = XlsFiles.encrypted(archive, mode, "zibo2018");

            assertThat(reader.decrypt(SheetSource.of(encrypted).withPassword("zibo2018"))).as(mode.name())
                    .hasValueSatisfying(plain -> assertThat(plain).isEqualTo(archive));
            assertThatThrownBy(() -> reader.decrypt(SheetSource.of(encrypted).withPassword("zibo2019")))
                    .isInstanceOfSatisfying(UnreadableWorkbookException.class,
                            e -> assertThat(e.reasonZh()).contains("所给密码不正确"));
            assertThatThrownBy(() -> open(encrypted)).isInstanceOfSatisfying(UnreadableWorkbookException.class,
                    e -> assertThat(e.reasonZh()).contains("凭发件单位告知的密码导入"));
        }
        assertThat(reader.decrypt(SheetSource.of(savedWithPassword("zibo2018")).withPassword("zibo2018")))
                .as("an .xls is read, not decrypted").isEmpty();
    }

    @Test
    void open_anEncryptedXlsx_aWordDocument_orACutFile_saysWhichItIs() throws IOException {
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            fs.writeFilesystem(encrypted);
        }
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(word);
        }
        HSSFWorkbook wb = new HSSFWorkbook();
        for (String name : List.of("张店区", "淄川区")) {
            HSSFSheet sheet = wb.createSheet(name);
            for (int r = 0; r < 1000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(name + "工匠" + r);
            }
        }
        byte[] whole = bytes(wb);

        assertThatThrownBy(() -> open(encrypted.toByteArray())).isInstanceOfSatisfying(UnreadableWorkbookException.class,
                e -> assertThat(e.reasonZh()).contains("密码"));
        ByteArrayOutputStream garbled = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            // Excel 2010's encryption (version 4.4), its description not XML.
            byte[] info = {4, 0, 4, 0, 0x40, 0, 0, 0, '<', 'k', 'e', 'y'};
            fs.createDocument(new ByteArrayInputStream(info), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            fs.writeFilesystem(garbled);
        }
        assertThatThrownBy(() -> reader.decrypt(SheetSource.of(garbled.toByteArray()).withPassword("zibo2018")))
                .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
                    assertThat(e.reasonZh()).contains("无法解密");
                    assertThat(e.reasonEn()).contains("cannot be decrypted");
                });
        assertThatThrownBy(() -> open(word.toByteArray())).isInstanceOfSatisfying(UnreadableWorkbookException.class,
                e -> assertThat(e.reasonZh()).startsWith("不是Excel工作簿"));
        assertThatThrownBy(() -> open(Arrays.copyOf(whole, whole.length / 2)))
                .isInstanceOfSatisfying(UnreadableWorkbookException.class,
                        e -> assertThat(e.reasonEn()).contains("damaged or cut short"));
    }
}
