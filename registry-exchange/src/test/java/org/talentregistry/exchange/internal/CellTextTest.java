package org.talentregistry.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {
    @Test
    void excelsWaysOfKeepingANumberAsText_areTakenOff() {
        assertThat(CellText.clean("=\"370303197805120132\"", true)).isEqualTo("370303197805120132");
        assertThat(CellText.clean(" =\"T2012-\"\"A\"\"\" ", false)).isEqualTo("T2012-\"A\"");
        assertThat(CellText.clean("'13812345678", true)).isEqualTo("13812345678");
        assertThat(CellText.clean("\t370303197805120132", true)).isEqualTo("370303197805120132");
    }

    @Test
    void theApostropheAnExportPutsBeforeAFormulaCharacter_isTakenOff_soAMendedSheetReadsAsWritten() {
        for (String text : new String[] {"-某公司", "=1+1", "+86 533 2181234", "@王"}) {
            assertThat(CellText.clean(SheetWriter.neutralise(text), false)).isEqualTo(text);
        }
    }

    @Test
    void anApostropheOrEqualsSignThatIsPartOfTheText_staysThere() {
        assertThat(CellText.clean("'王'", false)).isEqualTo("'王'");
        assertThat(CellText.clean("=SUM(A1:A2)", false)).isEqualTo("=SUM(A1:A2)");
        assertThat(CellText.clean("=\"", false)).isEqualTo("=\"");
    }

    @Test
    void invisibleAndWideSpaces_goFromTheEnds_andInvisibleOnesFromWithin() {
        assertThat(CellText.clean("王建国\u00A0", false)).isEqualTo("王建国");
        assertThat(CellText.clean("\u3000王\u3000建国", false)).isEqualTo("王建国");
        assertThat(CellText.clean("淄博\u200B张店\uFEFF汽车维修有限公司\u2060", false)).isEqualTo("淄博张店汽车维修有限公司");
        assertThat(CellText.clean("\u200B", true)).isEmpty();
    }

    @Test
    void fullWidthDigitsAndLetters_areReadAsAscii_inCodeColumnsOnly() {
        assertThat(CellText.clean("３７０３０３１９７８０５１２０１３Ｘ", true)).isEqualTo("37030319780512013X");
        assertThat(CellText.clean("２０１８年６月１３日", true)).isEqualTo("2018年6月13日");
        assertThat(CellText.clean("淄博第２机械厂（分厂）", false)).isEqualTo("淄博第２机械厂（分厂）");
    }
}
