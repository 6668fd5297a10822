package org.talentregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.ArtisanFixtures;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.pool.EngagementDetails;
import org.talentregistry.pool.LeaveReason;
import org.talentregistry.pool.MediaKind;
import org.talentregistry.pool.PoolLeave;
import org.talentregistry.pool.TalkKind;
import org.talentregistry.selection.ReviewerId;

/** A refused value is explained in Chinese to the person who typed it, while logs keep "field: problem". */
class FieldProblemTest {

    @Test
    void required_saysItInChinese_andKeepsTheEnglishMessage() {
        InvalidFieldException e = InvalidFieldException.required("employer.name");

        assertThat(e.getMessage()).isEqualTo("employer.name: is required");
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("字段「employer.name」为必填项，不能为空");
        assertThat(e.getProblem()).isEqualTo("is required");
        assertThat(e.getProblem(Locale.CHINESE)).isEqualTo("为必填项，不能为空");
        assertThat(e.problem().code()).isEqualTo(FieldProblem.REQUIRED);
    }

    @Test
    void tooLongName_isCodedWithItsLimitAndLength() {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, () -> Region.of("370303", "张".repeat(101)));

        assertThat(e.getMessage()).isEqualTo("region.name: must be at most 100 characters, got 101");
        assertThat(e.getMessage(Locale.CHINA)).isEqualTo("字段「region.name」过长：最多100个字符，实际101个");
        assertThat(e.problem().code()).isEqualTo(FieldProblem.TOO_LONG);
        assertThat(e.problem().args()).containsExactly(100, 101);
    }

    @Test
    void controlCharacter_namesTheCharacterAndWhereItIs() {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, () -> Region.of("370303", "张店\u0007区"));

        assertThat(e.getMessage()).isEqualTo("region.name: must not contain the control character U+0007 (at position 3)");
        assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("字段「region.name」含有控制字符U+0007（第3个字符），不允许");
    }

    @Test
    void malformedCode_namesTheFormInEachLanguage() {
        InvalidFieldException tenant = catchThrowableOfType(InvalidFieldException.class, () -> TenantId.of("Zibo City"));
        InvalidFieldException region = catchThrowableOfType(InvalidFieldException.class, () -> Region.of("037030", "张店区"));

        assertThat(tenant.getMessage()).isEqualTo("tenant: must be 1-64 lower-case letters, digits, '_' or '-', got 'Zibo City'");
        assertThat(tenant.getMessage(Locale.CHINESE))
                .isEqualTo("字段「tenant」格式不对：应为1至64位小写字母、数字、“_”或“-”，实为'Zibo City'");
        assertThat(region.getMessage(Locale.CHINESE)).isEqualTo("字段「region.code」格式不对：应为不以0开头的6位行政区划代码，实为'037030'");
        assertThat(tenant.problem().args()).first().isEqualTo(FieldFormat.TENANT);
    }

    @Test
    void outOfRange_givesTheBoundsAndTheValue() {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, () -> new Criterion.MinimumYearsInTrade("years", Severity.HARD, -1));

        assertThat(e.getMessage()).isEqualTo("criterion.years: must be 0 to " + AcceptedValues.MAX_YEARS_IN_TRADE + ", got -1");
        assertThat(e.getMessage(Locale.CHINESE))
                .isEqualTo("字段「criterion.years」超出范围：应为0至" + AcceptedValues.MAX_YEARS_IN_TRADE + "，实为-1");
        assertThat(e.problem().code()).isEqualTo(FieldProblem.OUT_OF_RANGE);
    }

    /** What HR staff type into an engagement or a pool leave is refused in Chinese too, the English unchanged. */
    @Test
    void engagementAndPoolLeaveProblems_speakChinese_withTheirEnglishAsBefore() {
        LocalDate day = LocalDate.of(2019, 4, 8);
        InvalidFieldException lastDay = catchThrowableOfType(InvalidFieldException.class, () -> new EngagementDetails.Training(
                "数控车工培训班", "淄博市技师学院", day, day.minusDays(7), BigDecimal.TEN, Optional.empty()));
        InvalidFieldException hours = catchThrowableOfType(InvalidFieldException.class, () -> new EngagementDetails.Training(
                "数控车工培训班", "淄博市技师学院", day, day, BigDecimal.ZERO, Optional.empty()));
        InvalidFieldException audience = catchThrowableOfType(InvalidFieldException.class,
                () -> new EngagementDetails.CampusTalk("淄博职业学院", day, TalkKind.REPORT, -5));
        InvalidFieldException link = catchThrowableOfType(InvalidFieldException.class, () -> new EngagementDetails.MediaFeature(
                "淄博电视台", MediaKind.TV_INTERVIEW, day, "匠心", Optional.of("www.zbtv.com.cn")));
        InvalidFieldException note = catchThrowableOfType(InvalidFieldException.class,
                () -> new PoolLeave(LeaveReason.OTHER, day, Optional.empty()));

        assertThat(lastDay.getMessage()).isEqualTo("lastDay: must not be before firstDay 2019-04-08, got 2019-04-01");
        assertThat(lastDay.getMessage(Locale.CHINESE)).isEqualTo("字段「lastDay」不能早于firstDay（2019-04-08），实为2019-04-01");
        assertThat(hours.getMessage()).isEqualTo("hours: must be more than 0, got '0'");
        assertThat(hours.getMessage(Locale.CHINESE)).isEqualTo("字段「hours」应大于0，实为'0'");
        assertThat(audience.getMessage()).isEqualTo("audience: must be 0 to 1,000,000, got -5");
        assertThat(audience.getMessage(Locale.CHINESE)).isEqualTo("字段「audience」超出范围：应为0至1,000,000，实为-5");
        assertThat(link.getMessage()).isEqualTo("link: must be an http or https address without spaces");
        assertThat(link.getMessage(Locale.CHINESE)).isEqualTo("字段「link」应为以 http:// 或 https:// 开头、不含空格的网址");
        assertThat(note.getMessage()).isEqualTo("note: is required when the reason is OTHER");
        assertThat(note.getMessage(Locale.CHINESE)).isEqualTo("字段「note」离库原因为“其他原因”时必须填写说明");
        assertThat(List.of(lastDay, hours, audience, link, note)).extracting(e -> e.problem().code())
                .containsExactly(FieldProblem.BEFORE_FIELD, FieldProblem.NOT_ABOVE_ZERO, FieldProblem.OUT_OF_RANGE,
                        FieldProblem.NOT_A_WEB_ADDRESS, FieldProblem.REQUIRED_FOR_OTHER_REASON);
    }

    @Test
    void certificateListedTwice_namesTheNumberInEachLanguage() {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, () -> ArtisanFixtures.details()
                .addCertificate(ArtisanFixtures.certificate(SkillLevel.TECHNICIAN, "S-0003", LocalDate.of(2012, 7, 1)).build())
                .addCertificate(ArtisanFixtures.certificate(SkillLevel.SENIOR_TECHNICIAN, "S-0003", LocalDate.of(2016, 7, 1))
                        .build())
                .build());

        assertThat(e.getMessage()).isEqualTo("certificates: certificate number 'S-0003' is listed twice");
        assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("字段「certificates」证书编号'S-0003'重复");
        assertThat(e.problem().code()).isEqualTo(FieldProblem.CERTIFICATE_LISTED_TWICE);
    }

    @Test
    void emptyScoreSheet_isRefusedInChinese_beforeTheRegistryIsRead() {
        TalentRegistry registry = TalentRegistry.builder(new UntouchableStore()).tenant(TenantId.of("zibo")).build();

        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class,
                () -> registry.rounds().scoreAll(Actor.of("clerk", "王科员"), ReviewerId.of(3), Map.of()));

        assertThat(e.getMessage()).isEqualTo("sheet: must score at least one nominee");
        assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("字段「sheet」至少要为一名候选人评分");
        assertThat(e.problem().code()).isEqualTo(FieldProblem.NOTHING_SCORED);
    }

    @Test
    void aNullInABatchOfArtisansOrNumbers_isRefusedNamingTheList_beforeTheRegistryIsRead() {
        TalentRegistry registry = TalentRegistry.builder(new UntouchableStore()).tenant(TenantId.of("zibo")).build();
        java.util.List<org.talentregistry.artisan.ArtisanDetails> details = java.util.Arrays.asList(ArtisanFixtures.details().build(), null);
        java.util.List<org.talentregistry.artisan.ResidentId> numbers = java.util.Arrays.asList(
                ArtisanFixtures.details().build().residentId().orElseThrow(), null);

        InvalidFieldException batch = catchThrowableOfType(InvalidFieldException.class,
                () -> registry.artisans().registerAll(Actor.of("clerk", "王科员"), details));
        InvalidFieldException lookUp = catchThrowableOfType(InvalidFieldException.class,
                () -> registry.artisans().findAllByResidentId(numbers));

        assertThat(batch.getField()).isEqualTo("details");
        assertThat(batch.problem().code()).isEqualTo(FieldProblem.CONTAINS_NULL);
        assertThat(lookUp.getMessage()).isEqualTo("residentIds: must not contain null");
    }

    @Test
    void identityNumberWithAWrongCheckCharacter_isExplainedWithoutTheNumber() {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, () -> ResidentId.of("110105194912310021"));

        assertThat(e.getMessage()).isEqualTo("residentId: check character should be X");
        assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("字段「residentId」校验位错误（号码有误），应为X")
                .doesNotContain("110105194912310021");
    }

    @Test
    void skillLevelAndIdProblems_speakChinese() {
        InvalidFieldException level = catchThrowableOfType(InvalidFieldException.class, () -> SkillLevel.parse("大师"));
        InvalidFieldException id = catchThrowableOfType(InvalidFieldException.class, () -> ArtisanId.parse("abc"));

        assertThat(level.getMessage()).startsWith("skillLevel: is not a skill level; accepted are the names 学徒工, 初级工");
        assertThat(level.getMessage(Locale.CHINESE)).startsWith("字段「skillLevel」不是有效的技能等级（可填：学徒工、");
        assertThat(id.getMessage()).isEqualTo("artisanId: must be a positive decimal number, got 'abc'");
        assertThat(id.getMessage(Locale.CHINESE)).isEqualTo("字段「artisanId」格式不对：应为正整数，实为'abc'");
    }

    /** The numbers an office types most: each fault of an identity number is said in Chinese, without the number. */
    @Test
    void identityNumberFaults_speakChinese_withoutTheNumber() {
        InvalidFieldException old = catchThrowableOfType(InvalidFieldException.class, () -> ResidentId.of("370303780512123"));
        InvalidFieldException letters = catchThrowableOfType(InvalidFieldException.class,
                () -> ResidentId.of("37030319780A121234"));
        InvalidFieldException date = catchThrowableOfType(InvalidFieldException.class, () -> ResidentId.of("370303197802301234"));

        assertThat(old.getMessage()).isEqualTo("residentId: old 15-digit numbers are not accepted; use the 18-character number");
        assertThat(old.getMessage(Locale.CHINESE)).isEqualTo("字段「residentId」不接受15位旧号码，请使用18位号码");
        assertThat(letters.getMessage(Locale.CHINESE)).isEqualTo("字段「residentId」前17位须为数字");
        assertThat(date.getMessage(Locale.CHINESE)).isEqualTo("字段「residentId」出生日期（第7至14位）不是有效日期");
        assertThat(List.of(old, letters, date)).extracting(e -> e.problem().code()).containsExactly(
                FieldProblem.OLD_15_DIGIT_NUMBER, FieldProblem.FIRST_17_NOT_DIGITS, FieldProblem.BIRTH_DATE_NOT_A_DATE);
        assertThat(List.of(old, letters, date)).allSatisfy(e -> assertThat(e.getMessage(Locale.CHINESE))
                .doesNotContain("370303").doesNotContain("不符合规则"));
    }

    @Test
    void aProblemWordedInEnglish_getsItsCodeWhenItHasOne_andIsQuotedOtherwise() {
        InvalidFieldException required = new InvalidFieldException("note", "is required");
        InvalidFieldException other = new InvalidFieldException("sort", "MOST_ENGAGEMENTS needs a period");

        assertThat(required.problem().code()).isEqualTo(FieldProblem.REQUIRED);
        assertThat(required.getMessage(Locale.CHINESE)).isEqualTo("字段「note」为必填项，不能为空");
        assertThat(other.problem().code()).isEqualTo(FieldProblem.OTHER);
        assertThat(other.getMessage()).isEqualTo("sort: MOST_ENGAGEMENTS needs a period");
        assertThat(other.getMessage(Locale.CHINESE)).isEqualTo("字段「sort」不符合规则：MOST_ENGAGEMENTS needs a period");
    }

    @Test
    void within_keepsTheCodedProblemUnderTheLongerName() {
        InvalidFieldException nested = InvalidFieldException.required("creditCode").within("employer");

        assertThat(nested.getMessage()).isEqualTo("employer.creditCode: is required");
        assertThat(nested.getMessage(Locale.CHINESE)).isEqualTo("字段「employer.creditCode」为必填项，不能为空");
        assertThat(nested.problem().code()).isEqualTo(FieldProblem.REQUIRED);
    }
}
