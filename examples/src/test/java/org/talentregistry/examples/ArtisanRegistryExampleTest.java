package org.talentregistry.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtisanRegistryExampleTest {
    private static final List<String> REGISTERED = List.of("王建军", "李秀梅", "张立新", "刘翠英", "孙志强", "陈立伟");
    // 18 characters of a resident ID standing alone, not part of a longer code such as a credit code.
    private static final Pattern UNMASKED_RESIDENT_ID =
            Pattern.compile("(?<!\\p{Alnum})[0-9]{17}[0-9X](?!\\p{Alnum})");
    private static final Pattern MASKED_RESIDENT_ID = Pattern.compile("3703\\*{10}[0-9]{3}[0-9X]");

    @TempDir
    Path dir;

    @Test
    void run_listsEveryRegisteredArtisanInTheTable() throws IOException {
        List<String> table = artisanTable(run(dir.resolve("registry")));

        assertThat(table).hasSize(2 + REGISTERED.size());
        for (int i = 0; i < REGISTERED.size(); i++) {
            assertThat(table.get(2 + i)).as("row %s", i + 1).contains(REGISTERED.get(i));
        }
        assertThat(String.join("\n", table)).doesNotContain("赵海涛");
    }

    @Test
    void run_erasesOneNumberAtTheirRequest_andTheNumberStillFindsThemAndIsRefusedAgain() throws IOException {
        // The printed database path holds the temporary directory's random number, which can look like one.
        String output = run(dir.resolve("registry")).replace(dir.toString(), "<temp>");

        assertThat(output).contains("陈立伟 asked that the registry erase their identity number (删除申请 2024-017):",
                "stored now: ArtisanDetails{name=陈立伟, residentId=erased,",
                "looked up by the number, which only its keyed hash still matches: artisan 6 陈立伟, aged ");
        assertThat(output).containsPattern("registering the number again: refused: residentId: 3703\\*{10}[0-9]{3}[0-9X]"
                + " is already registered as artisan 6");
        assertThat(output).contains("personalData.identityNumberErased");
        assertThat(UNMASKED_RESIDENT_ID.matcher(output).find()).isFalse();
    }

    @Test
    void run_badIdentityNumber_printsTheRefusalNamingTheField() throws IOException {
        assertThat(run(dir.resolve("registry")))
                .contains("refused: residentId: check character should be 0");
    }

    @Test
    void run_duplicateIdentityNumber_printsTheRefusalNamingTheRegisteredArtisan() throws IOException {
        assertThat(run(dir.resolve("registry")))
                .containsPattern("refused: residentId: 3703\\*{10}0037 is already registered as artisan 1");
    }

    @Test
    void run_neverPrintsAnUnmaskedResidentId() throws IOException {
        // The printed database path holds the temporary directory's random number, which can look like one.
        String output = run(dir.resolve("registry")).replace(dir.toString(), "<temp>");

        assertThat(UNMASKED_RESIDENT_ID.matcher(output).results().map(MatchResult::group)).isEmpty();
        assertThat(MASKED_RESIDENT_ID.matcher(String.join("\n", artisanTable(output))).results().count())
                .isEqualTo(REGISTERED.size());
    }

    @Test
    void run_countsTheArtisansAtTechnicianOrAboveToday() throws IOException {
        assertThat(run(dir.resolve("registry")))
                .containsPattern("Artisans at 技师 or above on \\d{4}-\\d{2}-\\d{2}: 4\n");
    }

    @Test
    void run_printsTheRegistrationsAndTheErasureInTheAuditTrail() throws IOException {
        String output = run(dir.resolve("registry"));
        String audit = output.substring(output.indexOf("Latest audit events"));

        assertThat(audit.lines().filter(line -> line.contains("artisan.registered"))).hasSize(4);
        assertThat(audit.lines().filter(line -> line.contains("personalData.identityNumberErased")))
                .singleElement().asString().endsWith("artisan 6");
        assertThat(audit).contains("市总工会 张干事 (zbzgh-registrar-01)").contains("artisan 6");
    }

    @Test
    void run_tableColumnsLineUp_withChineseText() throws IOException {
        List<String> table = artisanTable(run(dir.resolve("registry")));
        List<Integer> columnStarts = columnStarts(table.get(0));

        assertThat(columnStarts).hasSize(10);
        for (String line : table) {
            String cells = expandWide(line);
            for (int start : columnStarts.subList(1, columnStarts.size())) {
                assertThat(cells.substring(start - 2, start)).as("gap before column at %s in: %s", start, line)
                        .isBlank();
            }
        }
    }

    @Test
    void run_twiceOnTheSameDatabase_startsFreshEachTime() throws IOException {
        Path database = dir.resolve("registry");
        String first = run(database);
        String second = run(database);

        assertThat(first).contains("Starting from a fresh database").doesNotContain("previous run's database");
        assertThat(second).contains("(the previous run's database was deleted)");
        assertThat(artisanTable(second)).isEqualTo(artisanTable(first));
    }

    @Test
    void main_withPathArgument_printsToStandardOutputAndUsesThatDatabase() throws IOException {
        Path database = dir.resolve("from-main").resolve("registry");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            ArtisanRegistryExample.main(new String[] {database.toString()});
        } finally {
            System.setOut(original);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("张立新");
        assertThat(Files.exists(dir.resolve("from-main").resolve("registry.mv.db"))).isTrue();
    }

    private static String run(Path database) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ArtisanRegistryExample.run(database, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Returns the artisan table: header, rule and rows, up to the blank line after it. */
    private static List<String> artisanTable(String output) {
        List<String> lines = output.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("id  name")).findFirst().orElseThrow());
        int end = lines.subList(header, lines.size()).indexOf("");
        return lines.subList(header, header + end);
    }

    /**
     * Returns the line as terminal cells, independently of the code under test: a Han character takes two
     * cells (the second shown as {@code _}), everything else one.
     */
    private static String expandWide(String line) {
        StringBuilder cells = new StringBuilder();
        line.codePoints().forEach(c -> {
            cells.appendCodePoint(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                cells.append('_');
            }
        });
        return cells.toString();
    }

    /** Returns the terminal columns where the header's cells start; cells are separated by two blanks. */
    private static List<Integer> columnStarts(String header) {
        String cells = expandWide(header);
        List<Integer> starts = new ArrayList<>();
        Matcher cell = Pattern.compile("(?<=^|  )\\S").matcher(cells);
        while (cell.find()) {
            starts.add(cell.start());
        }
        return starts;
    }
}
