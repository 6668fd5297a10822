package org.talentregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.talentregistry.artisan.ArtisanFixtures.details;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.NoticePublication;
import org.talentregistry.pool.EngagementDetails.CampusTalk;
import org.talentregistry.pool.EngagementDetails.MediaFeature;
import org.talentregistry.pool.EngagementDetails.Training;
import org.talentregistry.pool.EngagementId;
import org.talentregistry.pool.LeaveReason;
import org.talentregistry.pool.MediaKind;
import org.talentregistry.pool.PoolAdmission;
import org.talentregistry.pool.PoolLeave;
import org.talentregistry.pool.PoolQuery;
import org.talentregistry.pool.TalkKind;
import org.talentregistry.privacy.ConsentGrant;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.privacy.RetentionPolicy;
import org.talentregistry.selection.NominationId;
import org.talentregistry.spi.RegistryStore;

/**
 * The rules of {@link AcceptedValues} applied to the talent pool, engagements, consents, the public notice
 * and personal data: every refusal names the field, stays short whatever the value, and comes before the
 * store is reached (the store here fails any test that reaches it).
 */
class PoolAndPrivacyValuesTest {
    private static final Actor ACTOR = Actor.of("u-1017", "张科长");
    private static final String UNTOUCHED = UntouchableStore.UNTOUCHED;
    private static final RegistryStore UNTOUCHABLE = new UntouchableStore();
    private static final ArtisanId ARTISAN = ArtisanId.of(1);
    private static final LocalDate DAY = LocalDate.of(2020, 10, 15);
    private static final LocalDate BEFORE_1800 = LocalDate.of(1799, 12, 31);
    private static final LocalDate AFTER_2999 = LocalDate.of(3000, 1, 1);

    private static TalentRegistry registry() {
        return TalentRegistry.builder(UNTOUCHABLE).tenant(TenantId.of("zibo"))
                .clock(Clock.fixed(Instant.parse("2024-03-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"))).build();
    }

    /** Asserts the call is refused naming the field, in a message that stays short, before the store. */
    private static InvalidFieldException refused(String field, ThrowingCallable call) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, call);
        assertThat(e).as("refusal of " + field).isNotNull();
        assertThat(e.getField()).isEqualTo(field);
        assertThat(e.getMessage()).hasSizeLessThan(300).doesNotContain("\u0000");
        return e;
    }

    private static void reachesTheStore(ThrowingCallable call) {
        assertThatCode(call).isInstanceOf(AssertionError.class).hasMessage(UNTOUCHED);
    }

    private static Training training(LocalDate first, LocalDate last, String hours) {
        return new Training("创新能力提升培训班", "淄博市总工会", first, last, new BigDecimal(hours), Optional.of("结业"));
    }

    // ---- engagements -----------------------------------------------------------------------------

    @Test
    void recordEngagement_dateBefore1800_isRefusedNamingTheField() {
        refused("firstDay", () -> registry().pool().recordEngagement(ACTOR, ARTISAN, training(BEFORE_1800, DAY, "16")));
        refused("day", () -> registry().pool().recordEngagement(ACTOR, ARTISAN,
                new CampusTalk("淄博职业学院", BEFORE_1800, TalkKind.REPORT, 300)));
        refused("day", () -> registry().pool().recordEngagement(ACTOR, ARTISAN,
                new MediaFeature("淄博电视台", MediaKind.TV_INTERVIEW, LocalDate.MIN, "小语访谈", Optional.empty())));
    }

    @Test
    void recordEngagement_dateAfter2999_isRefusedNamingTheField() {
        refused("firstDay", () -> training(AFTER_2999, AFTER_2999, "16"));
        refused("lastDay", () -> training(DAY, LocalDate.MAX, "16"));
        refused("lastDay", () -> training(DAY, AFTER_2999, "16"));
        refused("day", () -> new CampusTalk("淄博职业学院", LocalDate.MAX, TalkKind.REPORT, 300));
        refused("day", () -> new MediaFeature("淄博电视台", MediaKind.COLUMN, AFTER_2999, "工会之窗", Optional.empty()));
    }

    @Test
    void recordEngagement_datesAtTheEdgesOfTheRange_areAccepted() {
        assertThat(training(AcceptedValues.EARLIEST_DATE, AcceptedValues.LATEST_EVENT_DATE, "16").lastDay())
                .isEqualTo(LocalDate.of(2999, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+9999999", "1E-9999999", "1E+999999999", "1E-999999999", "-1E+999999999",
        "-1E-999999999", "10000", "9999.95", "0.05", "0", "0E+999999999", "-1"})
    void recordEngagement_hoursOutOfRange_areRefusedQuickly_inAShortMessage(String hours) {
        refused("hours", () -> training(DAY, DAY, hours));
    }

    @Test
    void recordEngagement_hoursWithTrailingZeros_areKeptWithOneDecimalPlace() {
        assertThat(training(DAY, DAY, "12.500000000").hours()).isEqualTo(new BigDecimal("12.5"));
        assertThat(training(DAY, DAY, "9999.9").hours()).isEqualTo(new BigDecimal("9999.9"));
        assertThat(training(DAY, DAY, "1E+3").hours()).isEqualTo(new BigDecimal("1000.0"));
    }

    @Test
    void recordEngagement_textsWithNul_areRefusedNamingTheField() {
        refused("course", () -> new Training("培训\u0000班", "总工会", DAY, DAY, BigDecimal.TEN, Optional.empty()));
        refused("organiser", () -> new Training("培训班", "总\u0000工会", DAY, DAY, BigDecimal.TEN, Optional.empty()));
        refused("result", () -> new Training("培训班", "总工会", DAY, DAY, BigDecimal.TEN, Optional.of("结\u0000业")));
        refused("school", () -> new CampusTalk("淄博\u0000学院", DAY, TalkKind.REPORT, 1));
        refused("outlet", () -> new MediaFeature("电视\u0000台", MediaKind.ARTICLE, DAY, "报道", Optional.empty()));
        refused("title", () -> new MediaFeature("电视台", MediaKind.ARTICLE, DAY, "报\n道", Optional.empty()));
        refused("link", () -> new MediaFeature("电视台", MediaKind.ARTICLE, DAY, "报道", Optional.of("https://a\u0000b")));
        refused("link", () -> new MediaFeature("电视台", MediaKind.ARTICLE, DAY, "报道",
                Optional.of("https://" + "x".repeat(1_000_000))));
    }

    @Test
    void correctEngagement_reasonKeepsLineBreaks_butRefusesNul() {
        Training fixed = training(DAY, DAY, "16");

        refused("reason", () -> registry().pool().correctEngagement(ACTOR, EngagementId.of(1), 1, fixed, "学时\u0000有误"));
        reachesTheStore(() -> registry().pool().correctEngagement(ACTOR, EngagementId.of(1), 1, fixed, "学时有误\n见签到表"));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, 0, 1799, 3000, Integer.MAX_VALUE})
    void engagementYears_outOfRange_areRefusedBeforeTheStore(int year) {
        TalentRegistry registry = registry();
        refused("year", () -> registry.pool().engagementsOf(ARTISAN, year));
        refused("year", () -> registry.pool().engagementCounts(year));
        refused("year", () -> registry.pool().engagementSummary(year));
    }

    @ParameterizedTest
    @ValueSource(ints = {1800, 2999})
    void engagementYears_ofEventDates_reachTheStore(int year) {
        reachesTheStore(() -> registry().pool().engagementSummary(year));
    }

    // ---- memberships -----------------------------------------------------------------------------

    @Test
    void addToPool_sinceOutOfRange_isRefusedNamingTheField() {
        refused("since", () -> new PoolAdmission(ARTISAN, "淄博市首席技师（2019年）", BEFORE_1800));
        refused("since", () -> new PoolAdmission(ARTISAN, "淄博市首席技师（2019年）", LocalDate.MAX));
        refused("since", () -> new PoolAdmission(ARTISAN, "淄博市首席技师（2019年）", null));
        refused("source", () -> new PoolAdmission(ARTISAN, "首席\u0000技师", DAY));
    }

    @Test
    void leavePool_effectiveOnOutOfRange_isRefusedNamingTheField() {
        refused("effectiveOn", () -> PoolLeave.of(LeaveReason.LEFT_CITY, LocalDate.MIN));
        refused("effectiveOn", () -> PoolLeave.of(LeaveReason.DECEASED, AFTER_2999));
        refused("note", () -> new PoolLeave(LeaveReason.OTHER, DAY, Optional.of("调往\u0000外地")));
        // The note is printed inside the one-line sentences of PoolStanding.explain.
        refused("note", () -> new PoolLeave(LeaveReason.OTHER, DAY, Optional.of("调往\n外地")));
    }

    @Test
    void poolQueries_datesOutOfRange_areRefusedBeforeTheStore() {
        TalentRegistry registry = registry();
        refused("asOf", () -> registry.pool().totals(LocalDate.MIN));
        refused("asOf", () -> registry.pool().totals(BEFORE_1800));
        refused("asOf", () -> registry.pool().explain(ARTISAN, LocalDate.MAX));
        refused("asOf", () -> PoolQuery.asOf(LocalDate.of(10_000, 1, 1)));
        refused("engagementsFrom", () -> PoolQuery.asOf(DAY).engagementsBetween(LocalDate.MIN, DAY, 0));
        refused("engagementsUntil", () -> PoolQuery.asOf(DAY).engagementsBetween(DAY, LocalDate.MAX, 0));
        refused("engagementsUntil", () -> PoolQuery.asOf(DAY).engagementsBetween(DAY, null, 0));
        assertThat(PoolQuery.asOf(AcceptedValues.LATEST_DATE).engagementsBetween(AcceptedValues.EARLIEST_DATE,
                AcceptedValues.LATEST_DATE, 0).build().engagementsUntil()).contains(AcceptedValues.LATEST_DATE);
        reachesTheStore(() -> registry.pool().totals(AcceptedValues.LATEST_DATE));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, 0, 1948, 3000, Integer.MAX_VALUE})
    void poolQuery_honorYearOutOfRange_isRefusedNamingTheField(int year) {
        refused("honorYear", () -> PoolQuery.asOf(DAY).honor(HonorProgramId.of(1), "gold", year));
    }

    @Test
    void poolQuery_codesWithControlCharactersOrHuge_areRefusedInShortMessages() {
        refused("occupation", () -> PoolQuery.asOf(DAY).occupation("4-12\u0000"));
        refused("tierCode", () -> PoolQuery.asOf(DAY).honor(HonorProgramId.of(1), "gold\u0000"));
        refused("tierCode", () -> PoolQuery.asOf(DAY).honor(HonorProgramId.of(1), "g".repeat(1_000_000), 2018));
        refused("region", () -> PoolQuery.asOf(DAY).region("3".repeat(1_000_000)));
        refused("region", () -> PoolQuery.asOf(DAY).region("370\u00003"));
    }

    @Test
    void shareWithBureau_recipientWithNul_isRefusedBeforeTheStore() {
        refused("recipient", () -> registry().pool().shareWithBureau(ACTOR, PoolQuery.asOf(DAY).build(), "人社局\u0000"));
    }

    // ---- consents --------------------------------------------------------------------------------

    @Test
    void giveConsent_givenOnOutOfRange_isRefusedNamingTheField() {
        refused("givenOn", () -> new ConsentGrant(ARTISAN, ConsentPurpose.MEDIA, BEFORE_1800, "申报表第3页签字"));
        refused("givenOn", () -> new ConsentGrant(ARTISAN, ConsentPurpose.MEDIA, LocalDate.MAX, "申报表第3页签字"));
        refused("evidence", () -> new ConsentGrant(ARTISAN, ConsentPurpose.MEDIA, DAY, "申报表\u0000"));
    }

    @Test
    void withdrawConsent_effectiveOnOutOfRange_isRefusedBeforeTheStore() {
        TalentRegistry registry = registry();
        refused("effectiveOn", () -> registry.consents().withdraw(ACTOR, ARTISAN, ConsentPurpose.MEDIA, LocalDate.MIN,
                "撤回申请"));
        refused("effectiveOn", () -> registry.consents().withdraw(ACTOR, ARTISAN, ConsentPurpose.MEDIA, AFTER_2999,
                "撤回申请"));
        refused("evidence", () -> registry.consents().withdraw(ACTOR, ARTISAN, ConsentPurpose.MEDIA, DAY, "撤回\u0000"));
    }

    @Test
    void consentHolds_dateOutOfRange_isRefusedBeforeTheStore() {
        refused("date", () -> registry().consents().holds(ARTISAN, ConsentPurpose.PUBLIC_DISCLOSURE, LocalDate.MIN));
        refused("date", () -> registry().consents().holds(ARTISAN, ConsentPurpose.PUBLIC_DISCLOSURE, LocalDate.MAX));
        reachesTheStore(() -> registry().consents().holds(ARTISAN, ConsentPurpose.PUBLIC_DISCLOSURE,
                AcceptedValues.LATEST_DATE));
    }

    // ---- the public notice and personal data -----------------------------------------------------

    @Test
    void meritSummaryAndNoticeTexts_withControlCharacters_areRefusedNamingTheField() {
        refused("summary", () -> registry().rounds().recordMeritSummary(ACTOR, NominationId.of(1), "技术\u0000能手"));
        refused("summary", () -> registry().rounds().recordMeritSummary(ACTOR, NominationId.of(1), "技".repeat(301)));
        refused("notice.objectionChannel", () -> new NoticePublication("总工会\u0000", false, Optional.empty()));
        refused("notice.consentCollectedElsewhere", () -> new NoticePublication("总工会", false,
                Optional.of("申报表\u0007")));
    }

    @Test
    void correctPersonalData_requestReferenceWithNul_isRefusedBeforeTheStore() {
        Artisan edited = Artisan.of(ARTISAN, 1, details().build(), Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2020-01-01T00:00:00Z"));

        refused("requestReference", () -> registry().personalData().correct(ACTOR, edited, "更正申请\u00002021-007"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P101Y", "P1201M", "P36601D", "P2147483647Y", "P-1D"})
    void retentionPolicy_periodsOutOfRange_areRefusedNamingTheField(String period) {
        refused("voterKeysAfterNotice", () -> RetentionPolicy.builder().voterKeysAfterNotice(Period.parse(period)));
        refused("contactDataAfterLeavingPool", () -> RetentionPolicy.builder()
                .contactDataAfterLeavingPool(Period.parse(period)));
        refused("identityNumbersAfterLeavingPool", () -> RetentionPolicy.builder()
                .identityNumbersAfterLeavingPool(Period.parse(period)));
        refused("nomineesNotHonoredAfterNotice", () -> RetentionPolicy.builder()
                .nomineesNotHonoredAfterNotice(Period.parse(period)));
    }

    @Test
    void retentionPolicy_periodsGivenAsNull_areRefusedNamingTheField() {
        refused("voterKeysAfterNotice", () -> RetentionPolicy.builder().voterKeysAfterNotice(null));
        refused("contactDataAfterLeavingPool", () -> RetentionPolicy.builder().contactDataAfterLeavingPool(null));
        refused("identityNumbersAfterLeavingPool", () -> RetentionPolicy.builder().identityNumbersAfterLeavingPool(null));
        refused("nomineesNotHonoredAfterNotice", () -> RetentionPolicy.builder().nomineesNotHonoredAfterNotice(null));
    }

    @Test
    void retention_isThePolicyBuilt_andABuilderChangedAfterBuildChangesNeitherTheRegistryNorItsOtherTenants() {
        RetentionPolicy fiveYears = RetentionPolicy.builder().identityNumbersAfterLeavingPool(Period.ofYears(5)).build();
        TalentRegistry.Builder builder = TalentRegistry.builder(UNTOUCHABLE).tenant(TenantId.of("zibo")).retention(fiveYears);
        TalentRegistry zibo = builder.build();

        builder.retention(RetentionPolicy.defaults()).tenant(TenantId.of("changed"));
        TalentRegistry weifang = zibo.forTenant(TenantId.of("weifang"));

        assertThat(zibo.retention()).isSameAs(fiveYears);
        assertThat(zibo.tenant()).isEqualTo(TenantId.of("zibo"));
        assertThat(weifang.retention()).isSameAs(fiveYears);
        assertThat(weifang.tenant()).isEqualTo(TenantId.of("weifang"));
        assertThat(TalentRegistry.builder(UNTOUCHABLE).build().retention().identityNumbersAfterLeavingPool()).isEmpty();
    }

    @Test
    void retentionPolicy_keepsIdentityNumbersUnlessAPeriodIsSet() {
        assertThat(RetentionPolicy.defaults().identityNumbersAfterLeavingPool()).isEmpty();
        RetentionPolicy policy = RetentionPolicy.builder().identityNumbersAfterLeavingPool(Period.ofYears(5)).build();
        assertThat(policy.identityNumbersAfterLeavingPool()).contains(Period.ofYears(5));
        assertThat(policy.contactDataAfterLeavingPool()).isEmpty();
        assertThat(policy.toString()).contains("identityNumbersAfterLeavingPool=P5Y");
        assertThat(policy.nomineesNotHonoredAfterNotice()).isEmpty();
        RetentionPolicy nominees = RetentionPolicy.builder().nomineesNotHonoredAfterNotice(Period.ofYears(3)).build();
        assertThat(nominees.nomineesNotHonoredAfterNotice()).contains(Period.ofYears(3));
        assertThat(nominees.toString()).contains("nomineesNotHonoredAfterNotice=P3Y");
    }

    @Test
    void retentionPolicy_hundredYears_isAccepted() {
        assertThat(RetentionPolicy.builder().contactDataAfterLeavingPool(Period.ofYears(100)).build()
                .contactDataAfterLeavingPool()).contains(Period.ofYears(100));
    }
}
