package org.talentregistry.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentregistry.LocalizedName;
import org.talentregistry.Message;
import org.talentregistry.MessageCode;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.RevocationReason;

/** Every refusal and outcome code of the title area, rendered in Chinese and in English with real arguments. */
class TitleMessagesTest {
    private static final IssuingRegion ZIBO = IssuingRegion.of("370300");

    private static Object[] argsOf(MessageCode code) {
        return switch (code.name()) {
            case "NO_SUCH_TITLE", "CITY", "PROVINCE" -> new Object[] {"370300"};
            case "ROUND_EXISTS_FOR_YEAR" -> new Object[] {"zibo-chief-technician", ZIBO, 2024};
            case "NO_SUCH_ROUND", "ROUND_SELECTED" -> new Object[] {TitleRoundId.of(3)};
            case "ROUND_CANCELLED" -> new Object[] {TitleRoundId.of(3), LocalDate.of(2024, 6, 3), "评选公告有误"};
            case "ALREADY_APPLIED", "NOT_APPLIED" -> new Object[] {ArtisanId.of(7), TitleRoundId.of(3)};
            case "NO_POLICY_IN_FORCE", "NO_RULES_IN_FORCE" -> new Object[] {"zibo-chief-technician", LocalDate.of(2017, 5, 1)};
            case "POLICY_VERSION_EXISTS" -> new Object[] {"zibo-chief", 2};
            case "POLICY_SAME_DAY" -> new Object[] {"age-band", 1, "zibo-chief", 2, LocalDate.of(2018, 1, 1)};
            case "POLICY_COVERS_DECIDED_ROUND" -> new Object[] {"zibo-chief", 3, LocalDate.of(2019, 1, 1), TitleRoundId.of(3),
                LocalDate.of(2019, 9, 1)};
            case "VERSION_OVERLAPS" -> new Object[] {"zibo-chief-technician", "validFrom",
                new TitleVersion(1, LocalDate.of(2018, 1, 1), java.util.Optional.empty(), TechnicianTitle.ziboChiefTechnician())};
            case "VERSION_COVERS_DECIDED_ROUND" -> new Object[] {"zibo-chief-technician", LocalDate.of(2023, 1, 1),
                TitleRoundId.of(3), LocalDate.of(2023, 9, 1), 1};
            case "RULES_DECIDED_A_ROUND" -> new Object[] {"zibo-chief-technician", 1, TitleRoundId.of(3), LocalDate.of(2023, 9, 1)};
            case "OUTSIDE_REGION" -> new Object[] {ArtisanId.of(7), "370702", ZIBO};
            case "RULES_VERSION" -> new Object[] {"淄博市首席技师", 2, LocalDate.of(2023, 1, 1)};
            case "RULES_VERSION_UNTIL" -> new Object[] {"淄博市首席技师", 1, LocalDate.of(2018, 1, 1), LocalDate.of(2023, 1, 1)};
            case "LOWER_SCORE" -> new Object[] {"85.5", "86"};
            case "PRIORITY_ABOVE" -> new Object[] {"holds 淄博金牌工匠"};
            case "PRIORITY_ABOVE_WITHIN" -> new Object[] {"0.5", "holds 淄博金牌工匠"};
            case "HIGHER_SCORE_WITHIN" -> new Object[] {"0.5"};
            case "LOWER_SCORE_BEYOND_TOLERANCE" -> new Object[] {"89.0", "90.0", "0.5"};
            case "ROUND_CAP_REACHED" -> new Object[] {30};
            case "HARD_CONDITION_UNDECIDED" -> new Object[] {Message.of(TitleText.ROUND_CAP_REACHED, 30)};
            case "CITY_QUOTA_REACHED" -> new Object[] {2, ZIBO};
            case "BOTH" -> new Object[] {Message.of(TitleText.ROUND_CAP_REACHED, 30), Message.of(TitleText.EARLIER_APPLICATION)};
            case "AWARDED" -> new Object[] {"淄博市首席技师", ZIBO, LocalDate.of(2024, 9, 1), LocalDate.of(2028, 9, 1), 2};
            case "AWARDED_REVOKED" -> new Object[] {"淄博市首席技师", ZIBO, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 3, 1),
                RevocationReason.FRAUD, 2};
            case "AWARDED_REVOKED_AFTER_TERM" -> new Object[] {"淄博市首席技师", ZIBO, LocalDate.of(2020, 9, 1),
                LocalDate.of(2024, 9, 1), LocalDate.of(2025, 3, 1), RevocationReason.FRAUD, 2};
            case "NO_SUCH_AWARD" -> new Object[] {TitleAwardId.of(5)};
            case "ALREADY_REVOKED" -> new Object[] {TitleAwardId.of(5), LocalDate.of(2025, 3, 1)};
            case "AWARDED_FOR_LIFE" -> new Object[] {"淄博市有突出贡献的技师", ZIBO, LocalDate.of(2024, 9, 1), 1};
            case "RANKING" -> new Object[] {TitleRoundId.of(3), ZIBO, 2024, LocalDate.of(2024, 9, 1),
                new TitleVersion(2, LocalDate.of(2023, 1, 1), java.util.Optional.empty(), TechnicianTitle.ziboChiefTechnician())};
            default -> new Object[0];
        };
    }

    private static void assertSpeaksBoth(MessageCode code) {
        Message message = Message.of(code, argsOf(code));
        String zh = message.render(Locale.CHINESE);
        String en = message.render(Locale.ENGLISH);
        assertThat(zh).as(code.key()).doesNotContain("{").isNotEqualTo(en)
                .matches(s -> s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(en).as(code.key()).doesNotContain("{").isNotBlank();
        for (Object arg : argsOf(code)) {
            String plain = arg instanceof Message || arg instanceof TitleVersion || arg instanceof IssuingRegion
                    || arg instanceof LocalizedName ? null : String.valueOf(arg);
            if (plain != null) {
                assertThat(zh).as(code.key() + " zh shows " + plain).contains(plain);
                assertThat(en).as(code.key() + " en shows " + plain).contains(plain);
            }
        }
    }

    @Test
    void everyRefusalCode_rendersInChineseAndEnglish_withItsArguments() {
        Arrays.stream(TitleRefusedException.Rule.values()).forEach(TitleMessagesTest::assertSpeaksBoth);
    }

    @Test
    void everyOutcomeCode_rendersInChineseAndEnglish_withItsArguments() {
        Arrays.stream(TitleText.values()).forEach(TitleMessagesTest::assertSpeaksBoth);
    }

    @Test
    void refusal_englishForLogs_chineseForStaff_codeForHosts() {
        TitleRefusedException e = new TitleRefusedException(TitleRefusedException.Rule.ROUND_EXISTS_FOR_YEAR,
                "zibo-chief-technician", ZIBO, 2024);

        assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.ROUND_EXISTS_FOR_YEAR);
        assertThat(e.message().orElseThrow().code()).isEqualTo(TitleRefusedException.Rule.ROUND_EXISTS_FOR_YEAR);
        assertThat(e.getMessage()).isEqualTo("title zibo-chief-technician already has a round of city 370300 for 2024");
        assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("职称 zibo-chief-technician 在市（区划代码 370300）已有 2024 年度的评选");
    }
}
