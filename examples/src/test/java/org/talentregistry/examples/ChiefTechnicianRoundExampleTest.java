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
    void run_ranksFortyApplicants_breaksTiesByPriority_explainsInChinese_thenRevokesCancelsAndWithdraws(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChiefTechnicianRoundExample.run(dir.resolve("chief"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("40 applicants ranked by score");
        assertThat(out).contains("同等条件下享有“持有淄博金牌工匠称号”优先：持有淄博金牌工匠称号（2018年，表彰决定 淄工发〔2018〕12号）");
        assertThat(out).contains("已于2023-03-01撤销");
        assertThat(out).contains("equal score; priority to the applicant above: holds the Zibo Gold Medal Craftsman honor");
        assertThat(out).contains("ineligible: priority does not apply");
        assertThat(out).contains("not selected: the round cap of 30 is reached");
        assertThat(out).contains("Selected: 30 淄博市首席技师, 2024-09-01 to 2028-09-01");
        assertThat(out).contains("得分相同；上一名同等条件下优先：持有淄博金牌工匠称号");
        assertThat(out).contains("未入选：本次评选名额 30 名已满");
        assertThat(out).contains("不符合资格条件：优先条件不适用");
        assertThat(out).contains("评审日期 2024-09-01，适用淄博市首席技师评选办法第2版（自 2023-01-01 起施行）");
        assertThat(out).contains("淄博市首席技师评选办法第1版（自 2018-01-01 起施行，2023-01-01 起失效）");
        assertThat(out).contains("市（区划代码 370300）授予淄博市首席技师，自 2024-09-01 起持有，2028-09-01 起不再持有，依评选办法第2版");
        assertThat(out.lines().filter(l -> l.contains("不符合条件")).count()).isEqualTo(8);
        // Seven gold medallists hold their honor on 2024-09-01 (one was revoked in 2023); the screen agrees with the ranking.
        assertThat(out).containsPattern("优先筛查 40 人（zibo-chief 第2版，2024-09-01）：\\d+ 人同等条件下享有优先，其中持有淄博金牌工匠称号 7 人，"
                + "45周岁以下 \\d+ 人；与排名一致");
        assertThat(out).contains("自 2024-09-01 起，已自 2025-01-10 起撤销（弄虚作假骗取荣誉），依评选办法第2版；2025-02-01 仍持有：否");
        assertThat(out).containsPattern("评选 \\d+ 的排名仍是选定时的排名：\\S+ 第 2 名，入选（撤销称号不改写当时的排名）");
        assertThat(out).containsPattern("2025年度评选 \\d+ 于 2025-03-03 撤销（评选通知的评审日期有误，重新发布），重新发布为评选 \\d+，评审日期 2025-09-15");
        assertThat(out).containsPattern("申报评选 \\d+ 后撤回申报；该评选现有申报 0 人");
    }
}
