package org.talentregistry.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentregistry.title.PriorityFixtures.CHIEF;
import static org.talentregistry.title.PriorityFixtures.agedAtMost45;
import static org.talentregistry.title.PriorityFixtures.gold;
import static org.talentregistry.title.PriorityFixtures.holdsGold;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorCitation;
import org.talentregistry.title.ConditionResult.Fact;

class PriorityDecisionTest {
    private static final LocalDate ROUND = LocalDate.of(2023, 9, 1);
    private static final Honor GOLD_2018 = gold(LocalDate.of(2018, 4, 28));
    private static final String ZH_HONOR = "同等条件下享有“持有淄博金牌工匠称号”优先：持有淄博金牌工匠称号（2018年，表彰决定 淄工发〔2018〕12号）";

    private static ConditionResult honorMet() {
        return new ConditionResult(holdsGold(), true, new Fact("fact.honor.active", "淄博金牌工匠", "2018", "淄工发〔2018〕12号"),
                Optional.of(HonorCitation.of(GOLD_2018)));
    }

    private static ConditionResult honorNone() {
        return new ConditionResult(holdsGold(), false, new Fact("fact.honor.none"), Optional.empty());
    }

    private static ConditionResult aged(int age) {
        return new ConditionResult(agedAtMost45(), age <= 45, new Fact("fact.age", String.valueOf(age), ROUND.toString()),
                Optional.empty());
    }

    private static PriorityDecision decision(ConditionResult... results) {
        return decision(1, results);
    }

    private static PriorityDecision decision(int version, ConditionResult... results) {
        return new PriorityDecision(ArtisanId.of(7), CHIEF, ROUND, "zibo-chief", version, List.of(results));
    }

    @Test
    void hasPriority_anyConditionMet() {
        assertThat(decision(honorMet(), aged(50)).hasPriority()).isTrue();
        assertThat(decision(honorNone(), aged(40)).hasPriority()).isTrue();
        assertThat(decision(honorNone(), aged(50)).hasPriority()).isFalse();
        assertThat(decision().hasPriority()).isFalse();
    }

    @Test
    void comparePriority_firstDifferingConditionDecides() {
        PriorityDecision honorOnly = decision(honorMet(), aged(50));
        PriorityDecision youngOnly = decision(honorNone(), aged(40));

        assertThat(honorOnly.comparePriority(youngOnly)).isNegative();
        assertThat(youngOnly.comparePriority(honorOnly)).isPositive();
    }

    @Test
    void comparePriority_laterConditionDecidesWhenEarlierOnesAgree() {
        PriorityDecision honorAndYoung = decision(honorMet(), aged(40));
        PriorityDecision honorOnly = decision(honorMet(), aged(50));
        PriorityDecision youngOnly = decision(honorNone(), aged(40));
        PriorityDecision neither = decision(honorNone(), aged(50));

        assertThat(honorAndYoung.comparePriority(honorOnly)).isNegative();
        assertThat(youngOnly.comparePriority(neither)).isNegative();
        assertThat(neither.comparePriority(youngOnly)).isPositive();
    }

    @Test
    void comparePriority_sameConditionsMet_isEqual() {
        assertThat(decision(honorMet(), aged(40)).comparePriority(decision(honorMet(), aged(44)))).isZero();
        assertThat(decision(honorNone(), aged(50)).comparePriority(decision(honorNone(), aged(60)))).isZero();
    }

    @Test
    void explain_chinese_honorMet_quotesTheHonorYearAndDecision() {
        String zh = decision(honorMet()).explain(Locale.CHINESE);

        assertThat(zh).contains(ZH_HONOR).doesNotContain("2,018");
    }

    @Test
    void explain_simplifiedChineseOfChina_usesTheChineseBundle() {
        assertThat(decision(honorMet()).explain(Locale.SIMPLIFIED_CHINESE)).contains(ZH_HONOR);
    }

    @Test
    void explain_chinese_namesThePolicyVersionAndDate() {
        assertThat(decision(2, honorMet()).explain(Locale.CHINESE)).startsWith("优先政策 zibo-chief 第2版，决定日期 2023-09-01：");
    }

    @Test
    void explain_chinese_reasonWhenNot() {
        String zh = decision(honorNone(), aged(50)).explain(Locale.CHINESE);

        assertThat(zh).contains("不享有“持有淄博金牌工匠称号”优先：未持有该称号")
                .contains("不享有“45周岁以下”优先：2023-09-01时年龄50周岁")
                .doesNotContain("同等条件下优先");
    }

    @Test
    void explain_chinese_oneLinePerConditionAfterThePolicy() {
        String zh = decision(honorMet(), aged(40)).explain(Locale.CHINESE);

        assertThat(zh.lines().toList()).hasSize(3)
                .element(1).isEqualTo(ZH_HONOR);
        assertThat(zh.lines().toList().get(2)).isEqualTo("同等条件下享有“45周岁以下”优先：2023-09-01时年龄40周岁");
    }

    @Test
    void explain_english_isInEnglish() {
        String en = decision(honorMet(), aged(50)).explain(Locale.ENGLISH);

        assertThat(en).startsWith("Policy zibo-chief version 1, as of 2023-09-01:")
                .contains("Priority under equal conditions: holds the Zibo Gold Medal Craftsman honor"
                        + " (淄博金牌工匠 (2018, naming decision 淄工发〔2018〕12号))")
                .contains("No priority from \"aged 45 or under\": aged 50 on 2023-09-01")
                .doesNotContain("同等条件下优先").doesNotContain("不享有");
    }

    @Test
    void explain_englishUnderTheTurkishDefaultLocale_isStillEnglish() {
        assertThat(Locale.getDefault().getLanguage()).as("surefire runs tests under tr-TR").isEqualTo("tr");

        assertThat(decision(honorNone()).explain(Locale.ENGLISH))
                .contains("No priority from \"holds the Zibo Gold Medal Craftsman honor\": holds no such honor");
    }

    @Test
    void explain_anotherLanguage_fallsBackToEnglish() {
        assertThat(decision(honorNone()).explain(Locale.FRENCH)).contains("holds no such honor");
    }

    /**
     * A bureau's server in China runs with a Chinese default locale; asking for English must still give English.
     * ResourceBundle falls back to the default locale before the base bundle, so Messages_zh answers.
     */
    @Test
    void explain_englishUnderAChineseDefaultLocale_isStillEnglish() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            String en = decision(honorNone()).explain(Locale.ENGLISH);

            assertThat(en).contains("holds no such honor").doesNotContain("未持有该称号");
        } finally {
            Locale.setDefault(saved);
        }
    }

    /** The version is a number: under the Turkish default locale MessageFormat would print 1000 as "1.000". */
    @Test
    void explain_policyVersion_isNotGroupedByTheDefaultLocale() {
        assertThat(decision(1000, honorMet()).explain(Locale.ENGLISH)).startsWith("Policy zibo-chief version 1000,");
        assertThat(decision(1000, honorMet()).explain(Locale.CHINESE)).startsWith("优先政策 zibo-chief 第1000版");
    }
}
