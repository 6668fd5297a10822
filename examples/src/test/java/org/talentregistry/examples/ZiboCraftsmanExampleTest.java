package org.talentregistry.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the five-year Zibo example once, with 20,000 votes in 2018 instead of 440,000 to keep the test
 * short, and checks what a user reading its output would check.
 */
class ZiboCraftsmanExampleTest {
    private static final int VOTES_2018 = 20_000;
    private static final List<Integer> YEARS = List.of(2016, 2017, 2018, 2019, 2020);
    private static final List<String> STAGES =
            List.of("nominations", "eligibility", "expert review", "voting", "scoring", "notice", "naming");
    // 18 characters of a resident ID standing alone, not part of a longer code such as a credit code.
    private static final Pattern UNMASKED_RESIDENT_ID = Pattern.compile("(?<!\\p{Alnum})[0-9]{17}[0-9X](?!\\p{Alnum})");
    private static final Pattern MASKED_RESIDENT_ID = Pattern.compile("3703\\*{10}[0-9]{3}[0-9X]");

    @TempDir
    static Path dir;

    private static String output;

    @BeforeAll
    static void runTheExampleOnce() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZiboCraftsmanExample.run(dir.resolve("zibo"), new PrintStream(bytes, true, StandardCharsets.UTF_8), VOTES_2018);
        // The printed database path holds the temporary directory's random number, which can look like an ID.
        output = bytes.toString(StandardCharsets.UTF_8).replace(dir.toString(), "<temp>");
    }

    @Test
    void run_showsProgressForEveryStageOfEveryYear_withElapsedTime() {
        for (int year : YEARS) {
            for (String stage : STAGES) {
                assertThat(output).as("%s %s", year, stage)
                        .containsPattern("(?m)^\\[ *\\d+\\.\\ds\\] " + year + " " + stage + " +\\d+\\.\\ds  \\S");
            }
        }
        assertThat(output).containsPattern("Finished in \\d+\\.\\d s\\.");
    }

    @Test
    void run_namesFiveRounds_eachByItsOwnNamingDecision() {
        for (int year : YEARS) {
            assertThat(output).containsPattern("\\] " + year + " naming .* named by 表彰决定 淄工发〔" + year
                    + "〕\\d+号 \\(" + year + "-\\d\\d-\\d\\d, 淄博市总工会\\): 20 淄博金牌工匠");
        }
    }

    @Test
    void run_endsWithTheProgramsHundredHonors_andATalentPoolOfAHundred() {
        assertThat(output)
                .contains("核对：5届共命名淄博金牌工匠 100名（5 × 20 = 总数上限 100）：一致")
                .contains("人才库 2020-12-31：100人");
    }

    @Test
    void run_revocation_keepsTheHonorOnRecord_andEndsItsPoolMembership() {
        assertThat(output).containsPattern("撤销称号 2021-03-15：.*，原因：弄虚作假骗取荣誉；荣誉记录仍为 100 条"
                + ".*；人才库 2020-12-31：100人，2021-03-15：99人");
    }

    @Test
    void run_endsWithThePoolSummaryByTradeAndRegion_andAYearOfEngagements() {
        String pool = output.substring(output.indexOf("人才库 2021-12-31"));
        assertThat(pool).startsWith("人才库 2021-12-31：99人")
                .containsPattern("\\n  按职业：\\S+ \\d+，")
                .containsPattern("\\n  按区县：[^\\n]*张店区 \\d+")
                .contains("\n  按获评年度：2016 20，2017 19，2018 20，2019 20，2020 20")
                .containsPattern("\\n2021年活动：82次，涉及\\d+人")
                .contains("培训 40（1600.0学时）", "宣讲进校园 30（工匠报告会 10，工匠访谈 10，实操演示 10",
                        "媒体宣传 12（电视访谈 6，微视频 6）")
                .containsPattern("活动最多：\\S+（\\S+，[2-9]次）")
                .containsPattern("\\S+ 在人才库的依据：\\S+ 于 2021-12-31 在人才库中，自 20\\d\\d-\\d\\d-\\d\\d 起。"
                        + " 20\\d\\d-\\d\\d-\\d\\d 因淄博金牌工匠称号");
    }

    @Test
    void run_2018NoticeList_isTheLibrarysList_withItsHeader() {
        assertThat(section(2018)).contains("公示名单（按公布样式：只列姓名、工作单位、职业和拟命名称号；另有 CSV 文件",
                "2018年淄博金牌工匠拟命名人选公示", "公示期：2018-06-13 至 2018-06-20（5个工作日）",
                "异议受理：淄博市总工会劳模工匠部（电话 0533-2181234），异议须以书面形式实名提出");
    }

    @Test
    void run_everyRound_refusesAReviewerTheScoreOfACandidateOfTheSameEmployer() {
        for (int year : YEARS) {
            String round = section(year);
            assertThat(round).as("%s", year)
                    .containsPattern("refused \\[CONFLICT_OF_INTEREST\\]: reviewer (\\S+)'s sheet was not recorded: the row for"
                            + " nomination \\d+ was refused: reviewer \\1 cannot score nomination \\d+: reviewer and candidate both"
                            + " work for \\S+ \\(SAME_EMPLOYER\\); the office takes \\S+(, \\S+)* off \\1's sheet")
                    .containsPattern("\\d+ scores recorded on 5 sheets, [1-9]\\d* left off for conflicts of interest");
        }
        assertThat(section(2018)).contains("(DECLARED)");
    }

    @Test
    void run_flaggedCandidatesAreCleared_withAReason_andTheIneligibleAreExplained() {
        assertThat(section(2016))
                .containsPattern("资格审查：\\S+（3703\\*{10}\\d{3}[0-9X]，申报 \\d+）2016-03-\\d\\d资格审查结论：不符合条件")
                .contains("【不符合】职业技能等级高级工及以上（硬性条件）：证书")
                .containsPattern("载明等级中级工，2016-03-\\d\\d有效")
                .containsPattern("【待核定】年龄不超过55周岁（软性条件：不符合只提示，不否决）：2016-03-\\d\\d时年满5\\d周岁"
                        + "〔已由资格审查组 韩组长核定通过：年满5\\d周岁");
        for (int year : YEARS) {
            assertThat(section(year)).containsPattern("\\d+ eligible, [1-9] ineligible; [1-9] flagged for age and cleared");
        }
    }

    @Test
    void run_2018Votes_countEachDistinctVoterOnce_andRefuseDuplicatesAndMalformedVoters() {
        assertThat(section(2018))
                .containsPattern("共读取\\d+票：有效20000票，重复[1-9]\\d*票，拒收\\d+票（无此参评人选\\d+票，"
                        + "投票人标识不符合计票规则\\d+票）; accepted = the 20,000 distinct voters: OK");
    }

    @Test
    void run_printsThe2018RankingTable_withItsBreakdownAndATieBrokenAtTheCutOff() {
        List<String> lines = section(2018).lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.contains("名次  候选人")).findFirst().orElseThrow());
        List<String> rows = lines.subList(header + 2, header + 2 + 25);

        assertThat(lines.get(header)).containsSubsequence("专家评审", "评审人数", "得票", "投票得分", "综合得分",
                "结果", "同分处理");
        assertThat(rows.get(19)).contains("淄博金牌工匠").doesNotContain("earlier submission");
        assertThat(rows.get(20)).contains("候补第1名").contains("earlier submission (2018-");
        assertThat(rows.get(24)).contains("候补第5名");
    }

    @Test
    void run_upheldObjectionIn2018_removesTheNominee_andPromotesTheFirstOnTheWaitlist() {
        assertThat(section(2018))
                .containsPattern("objection 1 filed 2018-06-\\d\\d against (\\S+) \\(#\\d+\\) by 赵德明 \\(real name\\)")
                .containsPattern("objection 1 UPHELD on 2018-06-\\d\\d")
                .containsPattern("removed: \\S+ \\(was #\\d+, composite [0-9.]+\\); nomination REMOVED")
                .containsPattern("moved up: \\S+ \\(waitlist #1 -> #20, 淄博金牌工匠, composite [0-9.]+; had lost the tie-break");
    }

    @Test
    void run_publicNoticeIsCountedInWorkingDays_skippingTheDragonBoatFestival() {
        assertThat(section(2018)).contains("公示 2018-06-13 to 2018-06-20 (5 working days; not counted: 06-16 Sat, 06-17 Sun,"
                + " 06-18 端午节)");
    }

    @Test
    void run_neverPrintsAnUnmaskedResidentId() {
        assertThat(UNMASKED_RESIDENT_ID.matcher(output).results().map(MatchResult::group)).isEmpty();
        assertThat(MASKED_RESIDENT_ID.matcher(output).results().count()).isEqualTo(3);
    }

    @Test
    void run_secondNominationOfAnHonoree_isRefused() {
        assertThat(section(2019)).containsPattern("refused \\[ALREADY_HONORED\\]: artisan \\d+ already holds 淄博金牌工匠 \\(2016,");
    }

    @Test
    void run_takesSelfNominationsOnly_asZibosProgramDoes() {
        assertThat(output).containsPattern("推荐渠道：个人自荐\\R").doesNotContain("单位推荐").doesNotContain("工会推荐");
        for (int year : YEARS) {
            assertThat(section(year)).containsPattern("\\] " + year + " nominations +\\d+\\.\\ds  \\d+ nominations"
                    + " \\(个人自荐 on the union's app\\)");
        }
        assertThat(section(2019)).containsPattern("\\S+, named in 2016, applies on the app again:\\R +refused \\[ALREADY_HONORED\\]");
    }

    @Test
    void run_votesOutOfRange_isRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> ZiboCraftsmanExample.run(dir.resolve("other"), new PrintStream(new ByteArrayOutputStream()), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("votes2018");
    }

    /** Returns the output of one year, from its heading to the next. */
    private static String section(int year) {
        int start = output.indexOf("== " + year + " ==");
        int end = output.indexOf("\n== ", start + 1);
        return output.substring(start, end < 0 ? output.length() : end);
    }
}
