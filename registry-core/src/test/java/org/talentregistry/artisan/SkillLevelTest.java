package org.talentregistry.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.talentregistry.artisan.SkillLevel.APPRENTICE;
import static org.talentregistry.artisan.SkillLevel.CHIEF_TECHNICIAN;
import static org.talentregistry.artisan.SkillLevel.INTERMEDIATE_WORKER;
import static org.talentregistry.artisan.SkillLevel.JUNIOR_WORKER;
import static org.talentregistry.artisan.SkillLevel.SENIOR_TECHNICIAN;
import static org.talentregistry.artisan.SkillLevel.SENIOR_WORKER;
import static org.talentregistry.artisan.SkillLevel.SPECIAL_TECHNICIAN;
import static org.talentregistry.artisan.SkillLevel.TECHNICIAN;

import java.util.Arrays;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.InvalidFieldException;

class SkillLevelTest {
    private Locale defaultLocale;

    private static InvalidFieldException refusal(ThrowingCallable call) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, call);
        assertThat(e).as("refusal").isNotNull();
        assertThat(e.getField()).isEqualTo("skillLevel");
        return e;
    }

    @BeforeEach
    void useTurkishLocale() {
        // The build runs tests under Turkish already; this keeps the case-folding tests honest in an IDE too.
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(defaultLocale);
    }

    @Test
    void values_runFromApprenticeToChiefTechnician() {
        assertThat(SkillLevel.values()).containsExactly(APPRENTICE, JUNIOR_WORKER, INTERMEDIATE_WORKER, SENIOR_WORKER,
                TECHNICIAN, SENIOR_TECHNICIAN, SPECIAL_TECHNICIAN, CHIEF_TECHNICIAN);
    }

    @Test
    void rank_followsTheLadderFromOneToEight() {
        assertThat(Arrays.stream(SkillLevel.values()).mapToInt(SkillLevel::rank)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(TECHNICIAN.rank()).isEqualTo(5);
    }

    @Test
    void compareTo_ordersLowToHigh() {
        assertThat(SENIOR_WORKER).isLessThan(TECHNICIAN);
        assertThat(CHIEF_TECHNICIAN).isGreaterThan(SPECIAL_TECHNICIAN);
        assertThat(APPRENTICE).isLessThan(JUNIOR_WORKER);
    }

    @Test
    void isAtLeast_includesTheLevelItselfAndHigher() {
        assertThat(TECHNICIAN.isAtLeast(TECHNICIAN)).isTrue();
        assertThat(SENIOR_TECHNICIAN.isAtLeast(TECHNICIAN)).isTrue();
        assertThat(CHIEF_TECHNICIAN.isAtLeast(TECHNICIAN)).isTrue();
        assertThat(SENIOR_WORKER.isAtLeast(TECHNICIAN)).isFalse();
        assertThat(APPRENTICE.isAtLeast(APPRENTICE)).isTrue();
        assertThat(APPRENTICE.isAtLeast(JUNIOR_WORKER)).isFalse();
    }

    @Test
    void isAtLeast_null_isRefused() {
        assertThatThrownBy(() -> TECHNICIAN.isAtLeast(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "学徒工, APPRENTICE",
        "初级工, JUNIOR_WORKER",
        "中级工, INTERMEDIATE_WORKER",
        "高级工, SENIOR_WORKER",
        "技师, TECHNICIAN",
        "高级技师, SENIOR_TECHNICIAN",
        "特级技师, SPECIAL_TECHNICIAN",
        "首席技师, CHIEF_TECHNICIAN",
    })
    void parse_chineseName_findsTheLevel(String text, SkillLevel expected) {
        assertThat(SkillLevel.parse(text)).isEqualTo(expected);
        assertThat(expected.chineseName()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
        "五级, JUNIOR_WORKER",
        "四级, INTERMEDIATE_WORKER",
        "三级, SENIOR_WORKER",
        "二级, TECHNICIAN",
        "一级, SENIOR_TECHNICIAN",
    })
    void parse_oldCode_findsTheLevel(String text, SkillLevel expected) {
        assertThat(SkillLevel.parse(text)).isEqualTo(expected);
        assertThat(expected.oldCode()).contains(text);
    }

    @ParameterizedTest
    @EnumSource(value = SkillLevel.class, names = {"APPRENTICE", "SPECIAL_TECHNICIAN", "CHIEF_TECHNICIAN"})
    void oldCode_levelsOutsideTheOldLadder_haveNone(SkillLevel level) {
        assertThat(level.oldCode()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SkillLevel.class)
    void parse_constantNameInAnyCase_findsTheLevelUnderTurkishLocale(SkillLevel level) {
        assertThat(SkillLevel.parse(level.name())).isEqualTo(level);
        assertThat(SkillLevel.parse(level.name().toLowerCase(Locale.ROOT))).isEqualTo(level);
    }

    @Test
    void parse_lowerCaseNameWithDottedI_isFoundUnderTurkishLocale() {
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("tr");
        assertThat(SkillLevel.parse("technician")).isEqualTo(TECHNICIAN);
        assertThat(SkillLevel.parse("Senior_Technician")).isEqualTo(SENIOR_TECHNICIAN);
        assertThat(SkillLevel.parse("intermediate_worker")).isEqualTo(INTERMEDIATE_WORKER);
    }

    @Test
    void parse_surroundingWhitespace_isIgnored() {
        assertThat(SkillLevel.parse("  高级技师\u3000")).isEqualTo(SENIOR_TECHNICIAN);
        assertThat(SkillLevel.parse(" apprentice\n")).isEqualTo(APPRENTICE);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "->", value = {"五级/初级工->JUNIOR_WORKER", "三级/高级工->SENIOR_WORKER",
        "三级／高级工->SENIOR_WORKER", "高级工（三级）->SENIOR_WORKER", "高级工(三级)->SENIOR_WORKER",
        "三级（高级工）->SENIOR_WORKER", "二级 技师->TECHNICIAN", "高级技师、一级->SENIOR_TECHNICIAN",
        "国家职业资格三级->SENIOR_WORKER", "职业技能等级二级->TECHNICIAN", "国家职业资格三级/高级工->SENIOR_WORKER",
        "（四级）->INTERMEDIATE_WORKER"})
    void parse_bothNamesAsCertificatesPrintThem_findTheLevelTheyAgreeOn(String text, SkillLevel expected) {
        assertThat(SkillLevel.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void parse_missing_isRequired(String text) {
        assertThat(refusal(() -> SkillLevel.parse(text)).getProblem()).isEqualTo("is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"大师", "六级", "三级/技师", "高级工（二级）", "senior worker", "5", "淄博市首席技师", "中级", "高级"})
    void parse_unknownText_listsWhatIsAccepted(String text) {
        assertThat(refusal(() -> SkillLevel.parse(text)).getProblem())
                .startsWith("is not a skill level; accepted are the names")
                .contains("学徒工, 初级工, 中级工, 高级工, 技师, 高级技师, 特级技师, 首席技师")
                .contains("五级 to 一级")
                .contains("SENIOR_WORKER");
    }

    @ParameterizedTest
    @EnumSource(SkillLevel.class)
    void ofRank_isTheInverseOfRank(SkillLevel level) {
        assertThat(SkillLevel.ofRank(level.rank())).isSameAs(level);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9, -1, Integer.MAX_VALUE})
    void ofRank_outsideTheLadder_isRefused(int rank) {
        assertThat(refusal(() -> SkillLevel.ofRank(rank)).getProblem())
                .isEqualTo("rank must be between 1 and 8, got " + rank);
    }

    @Test
    void englishNames_areTheirOwn_withTheOldLevelWhereThereIsOne() {
        assertThat(Arrays.stream(SkillLevel.values()).map(SkillLevel::englishName).distinct())
                .hasSize(SkillLevel.values().length);
        assertThat(SENIOR_WORKER.englishName()).isEqualTo("senior worker (level 3)");
        assertThat(APPRENTICE.englishName()).isEqualTo("apprentice");
        assertThat(Arrays.stream(SkillLevel.values()).filter(l -> l.oldCode().isPresent()))
                .allSatisfy(l -> assertThat(l.englishName())
                        .endsWith("(level " + ("一二三四五".indexOf(l.oldCode().get().charAt(0)) + 1) + ")"));
    }
}
