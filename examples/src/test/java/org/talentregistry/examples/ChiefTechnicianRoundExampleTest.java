package org.talentregistry.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChiefTechnicianRoundExampleTest {

    @Test
    void run_ranksFortyApplicants_breaksTiesByPriority_andExplainsInChinese(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChiefTechnicianRoundExample.run(dir.resolve("chief"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("40 applicants ranked by score");
        assertThat(out).contains("同等条件下优先：持有淄博金牌工匠称号（2018年，表彰决定 淄工发〔2018〕12号）");
        assertThat(out).contains("已于2023-03-01撤销");
        assertThat(out).contains("equal score; priority to the applicant above: holds the Zibo Gold Medal Craftsman honor");
        assertThat(out).contains("ineligible: priority does not apply");
        assertThat(out).contains("not selected: the round cap of 30 is reached");
        assertThat(out).contains("Selected: 30 淄博市首席技师, 2024-09-01 to 2028-09-01");
        assertThat(out.lines().filter(l -> l.contains("INELIGIBLE")).count()).isEqualTo(8);
    }
}
