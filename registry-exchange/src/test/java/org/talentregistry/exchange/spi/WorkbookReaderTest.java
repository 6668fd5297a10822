package org.talentregistry.exchange.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentregistry.exchange.internal.SheetReader.SheetRow;

class WorkbookReaderTest {
    @Test
    void rowsAndCells_sayWhatTheyHold_neverTheirValues() {
        WorkbookReader.Row row = new WorkbookReader.Row(3, List.of(WorkbookReader.Cell.text("370303197001010018"),
                WorkbookReader.Cell.number(13812345678d, null, -1, null), WorkbookReader.Cell.BLANK), false);
        SheetRow read = new SheetRow(3, List.of("王建国", "370303197001010018"));

        assertThat(row).hasToString("Row[number=3, cells=3, hidden=false]");
        assertThat(row.cells()).extracting(Object::toString)
                .containsExactly("Cell[text]", "Cell[number, format=-1]", "Cell[blank]");
        assertThat(read).hasToString("SheetRow[number=3, cells=2, hidden=false]");
    }
}
