package org.talentregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.talentregistry.artisan.ArtisanFixtures.certificate;
import static org.talentregistry.artisan.ArtisanFixtures.details;
import static org.talentregistry.artisan.ArtisanFixtures.employer;
import static org.talentregistry.artisan.ArtisanFixtures.residentIdBornOn;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ReviewItem;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.honor.ScoringScheme;
import org.talentregistry.internal.Texts;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleRoundId;

/**
 * The accepted ranges of {@link AcceptedValues}: every refusal names the field, stays short whatever the
 * value, and comes before the store is reached (the store here fails any test that reaches it).
 */
class AcceptedValuesTest {
    private static final org.talentregistry.title.IssuingRegion ZIBO_CITY = org.talentregistry.title.IssuingRegion.of("370300");
    private static final Actor ACTOR = Actor.of("u-1017", "张科长");
    private static final String UNTOUCHED = UntouchableStore.UNTOUCHED;
    private static final RegistryStore UNTOUCHABLE = new UntouchableStore();
    private static final String[] HUGE_DECIMALS = {"1E+9999999", "1E-9999999", "1E+999999999", "1E-999999999",
        "-1E+999999999", "-1E-999999999"};

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

    // ---- settings --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_000_001})
    void bulkCheckChunk_outOfRange_isRefusedNamingTheSetting(int ids) {
        InvalidFieldException e = refused("bulkCheckChunk", () -> TalentRegistry.builder(UNTOUCHABLE).bulkCheckChunk(ids));
        assertThat(e.getMessage()).contains(String.valueOf(ids));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10_000_000})
    void bulkCheckChunk_inRange_isTaken(int ids) {
        assertThatCode(() -> TalentRegistry.builder(UNTOUCHABLE).bulkCheckChunk(ids).build()).doesNotThrowAnyException();
    }

    // ---- text ------------------------------------------------------------------------------------

    @Test
    void register_nameWithNul_isRefusedNamingTheField() {
        InvalidFieldException e = refused("name", () -> details().name("王\u0000建国").build());

        assertThat(e.getProblem()).isEqualTo("must not contain the control character U+0000 (at position 2)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"王\n建国", "王\t建国", "王\r建国", "王\u0007建国", "王\u001B建国", "王\u007F建国"})
    void register_nameWithAControlCharacter_isRefusedNamingTheField(String name) {
        refused("name", () -> details().name(name).build());
    }

    @Test
    void register_nameWithAnUnpairedSurrogate_isRefusedNamingTheField() {
        refused("name", () -> details().name("王\uD840建国").build());
        assertThat(details().name("王\uD840\uDC00").build().name()).isEqualTo("王\uD840\uDC00");
    }

    @Test
    void certificate_numberOrIssuerWithNul_isRefusedNamingTheField() {
        refused("certificate.number", () -> certificate(SkillLevel.TECHNICIAN, "T\u00002012", LocalDate.of(2012, 3, 1)).build());
        refused("certificate.issuer", () -> certificate(SkillLevel.TECHNICIAN, "T2012", LocalDate.of(2012, 3, 1))
                .issuer("淄博市\u0000人社局").build());
    }

    @Test
    void actor_idOrNameWithNul_isRefusedNamingTheField() {
        refused("actor.id", () -> Actor.of("u\u00001", "张科长"));
        refused("actor.displayName", () -> Actor.of("u-1", "张\u0000科长"));
        refused("actor.systemName", () -> Actor.system("hr\u0000import"));
    }

    @Test
    void namesOfEveryValueType_withNul_areRefusedNamingTheField() {
        refused("employer.name", () -> Employer.of("淄博\u0000汽修", employer().creditCode()));
        refused("occupation.name", () -> Occupation.of("4-12-01-01", "汽车\u0000维修工"));
        refused("region.name", () -> Region.of("370303", "张店\u0000区"));
        refused("program.name", () -> ProgramDefinition.zibo().toBuilder().name("金牌\u0000工匠").build());
        refused("program.organizers", () -> ProgramDefinition.zibo().toBuilder().organizer("总\u0000工会").build());
        refused("tier.name", () -> new HonorTier("gold", "金牌\u0000工匠", 20, true));
        refused("reviewItem.name", () -> new ReviewItem("skill", "技能\u0000水平", 40));
        refused("decision.number", () -> new NamingDecision("淄工发\u0000〔2018〕12号", LocalDate.of(2018, 6, 20), "淄博市总工会"));
        refused("decision.issuingBody", () -> new NamingDecision("淄工发〔2018〕12号", LocalDate.of(2018, 6, 20), "总\u0000工会"));
        refused("title.name", () -> new TechnicianTitle("chief", "首席\u0000技师", List.of(), 30, Optional.empty(),
                Optional.of(4), java.util.Map.of()));
        refused("condition.ruleZh", () -> new PriorityCondition.AgedAtMost("age", 45, "45周岁\u0000以下", "aged 45"));
        refused("condition.ruleEn", () -> new PriorityCondition.AgedAtMost("age", 45, "45周岁以下", "aged\u000045"));
        refused("nominator", () -> new NominationRequest(ArtisanId.of(1), NominationChannel.SELF, "王\u0000建国",
                Declarations.inServiceWithCleanRecord()));
        refused("revocation.approvedBy", () -> new RevocationRequest(RevocationReason.FRAUD, "伪造材料",
                LocalDate.of(2020, 1, 1), "总\u0000工会"));
    }

    @Test
    void reviewer_nameWithNul_isRefusedBeforeTheStore() {
        refused("reviewer.name", () -> registry().rounds().addReviewer(ACTOR, RoundId.of(1), "周\u0000教授", null));
    }

    @Test
    void freeText_keepsLineBreaksAndTabs_butRefusesNulAndOtherControls() {
        RevocationRequest multiLine = new RevocationRequest(RevocationReason.FRAUD, "第一条\n第二条\r\n\t附件",
                LocalDate.of(2020, 1, 1), "淄博市总工会");
        assertThat(multiLine.detail()).isEqualTo("第一条\n第二条\r\n\t附件");
        assertThat(new Declarations(true, "2001年\n交通事故").disqualifyingRecord()).isEqualTo("2001年\n交通事故");
        assertThat(CreditCode.withChecksumOverride("91350100M000100Y43", "早期试点\n代码").value()).hasSize(18);

        refused("revocation.detail", () -> new RevocationRequest(RevocationReason.FRAUD, "伪造\u0000材料",
                LocalDate.of(2020, 1, 1), "淄博市总工会"));
        refused("declarations.disqualifyingRecord", () -> new Declarations(true, "事故\u0000"));
        refused("creditCodeOverrideReason", () -> CreditCode.withChecksumOverride("91350100M000100Y44", "试点\u0007"));
        refused("reason", () -> registry().rounds().cancel(ACTOR, RoundId.of(1), "取消\u0000"));
        refused("grounds", () -> registry().rounds().fileObjection(ACTOR, org.talentregistry.selection.NominationId.of(1),
                "李四", "\u0000"));
    }

    @Test
    void declaredRecord_ofPersonalData_isNeverQuoted() {
        InvalidFieldException e = refused("declarations.disqualifyingRecord",
                () -> new Declarations(true, "2001年 醉驾\u0000判决书"));

        assertThat(e.getMessage()).doesNotContain("醉驾");
    }

    @Test
    void lookups_withNul_areRefusedBeforeTheStore() {
        TalentRegistry registry = registry();
        refused("decisionNumber", () -> registry.honors().ofDecision("淄工发\u0000"));
        refused("code", () -> registry.titles().get("chief\u0000"));
        refused("titleCode", () -> registry.priority().check(ArtisanId.of(1), "chief\u0000", LocalDate.of(2024, 1, 1)));
        refused("occupation", () -> ArtisanQuery.builder().occupation("4-12\u0000").build());
        refused("entityType", () -> registry.audit().forEntity("artisan\u0000", "1"));
        refused("entityId", () -> registry.audit().forEntity("artisan", "1".repeat(101)));

    }

    @Test
    void overLongValues_areRefusedWithTheirLengthOnly() {
        String huge = "王".repeat(1_000_000);

        InvalidFieldException e = refused("name", () -> details().name(huge).build());

        assertThat(e.getProblem()).isEqualTo("must be at most 100 characters, got 1000000");
    }

    @Test
    void codes_areQuotedInMessages_cutAfterFortyCharacters() {
        InvalidFieldException e = refused("tier.code", () -> new HonorTier("x".repeat(100_000), "金牌工匠", 20, true));

        assertThat(e.getProblem()).isEqualTo("must be 1-20 lower-case letters, digits or '-', got '" + "x".repeat(40) + "…'");
        assertThat(Texts.quote("a\u0000b")).isEqualTo("'a\\u0000b'");
    }

    // ---- dates -----------------------------------------------------------------------------------

    @Test
    void residentId_bornIn1880_isAccepted() {
        ArtisanDetails d = details().residentId(residentIdBornOn(LocalDate.of(1880, 1, 1)))
                .startedInTradeOn(LocalDate.of(1896, 1, 1)).build();

        assertThat(d.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
    }

    @Test
    void certificate_datesOutsideTheRange_areRefusedNamingTheField() {
        refused("certificate.issuedOn", () -> certificate(SkillLevel.TECHNICIAN, "T1", LocalDate.MIN).build());
        refused("certificate.issuedOn", () -> certificate(SkillLevel.TECHNICIAN, "T1", LocalDate.of(1799, 12, 31)).build());
        refused("certificate.issuedOn", () -> certificate(SkillLevel.TECHNICIAN, "T1", LocalDate.of(3000, 1, 1)).build());
        refused("certificate.validUntil", () -> certificate(SkillLevel.TECHNICIAN, "T1", LocalDate.of(2012, 3, 1))
                .validUntil(LocalDate.MAX).build());
        assertThat(certificate(SkillLevel.TECHNICIAN, "T1", LocalDate.of(2012, 3, 1)).validUntil(AcceptedValues.LATEST_DATE)
                .build().validUntil()).contains(LocalDate.of(9999, 12, 31));
    }

    @Test
    void register_startedInTradeOnLocalDateMin_isRefusedNamingTheField() {
        refused("startedInTradeOn", () -> details().startedInTradeOn(LocalDate.MIN).build());
    }

    @Test
    void policy_datesOutsideTheRange_areRefused_andNoEndIsAccepted() {
        refused("policy.validFrom", () -> policy(LocalDate.MIN, Optional.empty(), BigDecimal.ZERO));
        refused("policy.validUntil", () -> policy(LocalDate.of(2023, 1, 1), Optional.of(LocalDate.MAX), BigDecimal.ZERO));
        assertThat(policy(LocalDate.of(2023, 1, 1), Optional.of(AcceptedValues.LATEST_DATE), BigDecimal.ZERO).validUntil())
                .contains(LocalDate.of(9999, 12, 31));
    }

    @Test
    void namingAndRevocationDates_outsideTheRange_areRefusedNamingTheField() {
        refused("decision.date", () -> new NamingDecision("淄工发〔2018〕12号", LocalDate.MAX, "淄博市总工会"));
        refused("revocation.effectiveOn", () -> new RevocationRequest(RevocationReason.FRAUD, "伪造材料", LocalDate.MIN,
                "淄博市总工会"));
    }

    @Test
    void serviceDates_outsideTheRange_areRefusedBeforeTheStore() {
        TalentRegistry registry = registry();
        refused("roundDate", () -> registry.titles().openRound(ACTOR, "chief", ZIBO_CITY, 2024, LocalDate.MIN));
        refused("roundDate", () -> registry.titles().openRound(ACTOR, "chief", ZIBO_CITY, 2024, LocalDate.of(3000, 1, 1)));
        refused("start", () -> registry.rounds().startNotice(ACTOR, RoundId.of(1), LocalDate.MAX));
        refused("asOf", () -> registry.pool().membersOn(LocalDate.MIN));
        refused("asOf", () -> registry.pool().sizeOn(LocalDate.MAX));
        refused("asOf", () -> registry.priority().check(ArtisanId.of(1), "chief", LocalDate.MAX));
        refused("date", () -> registry.titles().policyInForce("chief", LocalDate.MIN));
        refused("date", () -> registry.honors().activeOn(ArtisanId.of(1), LocalDate.MIN));
        refused("levelAsOf", () -> ArtisanQuery.builder().levelAtLeast(SkillLevel.TECHNICIAN, LocalDate.MAX).build());
    }

    // ---- numbers ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"1E+9999999", "1E-9999999", "1E+999999999", "1E-999999999", "-1E+999999999", "1000000",
        "0.0001"})
    void titleApply_scoreOutOfPrecision_isRefusedQuickly_inAShortMessage(String score) {
        assertThatCode(() -> refused("score", () -> registry().titles().apply(ACTOR, TitleRoundId.of(1), ArtisanId.of(1),
                new BigDecimal(score), Declarations.inServiceWithCleanRecord())))
                .doesNotThrowAnyException();
    }

    @Test
    void titleApply_scoreWithTrailingZeros_passesTheSizeCheck() {
        // Reaches the store: the size check let it through.
        assertThatCode(() -> registry().titles().apply(ACTOR, TitleRoundId.of(1), ArtisanId.of(1),
                new BigDecimal("99.5000000000"), Declarations.inServiceWithCleanRecord()))
                .isInstanceOf(AssertionError.class).hasMessage(UNTOUCHED);
    }

    @Test
    void scoringScheme_hugeWeights_areRefusedWithoutArithmetic() {
        for (String huge : HUGE_DECIMALS) {
            refused("scoring.expertWeight", () -> scheme(new BigDecimal(huge), new BigDecimal("0.15")));
            refused("scoring.voteWeight", () -> scheme(new BigDecimal("0.85"), new BigDecimal(huge)));
        }
        refused("scoring.expertWeight", () -> scheme(new BigDecimal("0.8500001"), new BigDecimal("0.15")));
        assertThat(scheme(new BigDecimal("0.850000"), new BigDecimal("0.15")).expertWeight()).isEqualByComparingTo("0.85");
    }

    @Test
    void policy_hugeScoreTolerance_isRefusedWithoutArithmetic() {
        for (String huge : HUGE_DECIMALS) {
            refused("policy.scoreTolerance", () -> policy(LocalDate.of(2023, 1, 1), Optional.empty(), new BigDecimal(huge)));
        }
    }

    @Test
    void reviewItem_pointsBeyondTheColumn_areRefused() {
        refused("reviewItem.maxPoints", () -> new ReviewItem("skill", "技能水平", 1001));
        refused("reviewItem.maxPoints", () -> new ReviewItem("skill", "技能水平", Integer.MAX_VALUE));
        assertThat(new ReviewItem("skill", "技能水平", 1000).maxPoints()).isEqualTo(1000);
    }

    // ---- years and ages --------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, 0, 1948, 3000, Integer.MAX_VALUE})
    void titleRound_yearOutOfRange_isRefusedBeforeTheStore(int year) {
        refused("year", () -> registry().titles().openRound(ACTOR, "chief", ZIBO_CITY, year, LocalDate.of(2024, 5, 1)));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, 0, 15, 101, 1948, Integer.MAX_VALUE})
    void ageLimits_outOfRange_areRefused(int years) {
        refused("criterion.years", () -> new Criterion.MaximumAge("age", Severity.SOFT, years));
        refused("condition.years", () -> new PriorityCondition.AgedAtMost("age", years, "年龄", "age"));
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 50, 100})
    void ageLimits_inRange_areAccepted(int years) {
        assertThat(new Criterion.MaximumAge("age", Severity.SOFT, years).years()).isEqualTo(years);
        assertThat(new PriorityCondition.AgedAtMost("age", years, "年龄", "age").years()).isEqualTo(years);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 81, 1948, Integer.MAX_VALUE})
    void minimumYearsInTrade_outOfRange_isRefused(int years) {
        refused("criterion.years", () -> new Criterion.MinimumYearsInTrade("years", Severity.HARD, years));
    }

    @Test
    void titleTerm_beyondTwentyYears_isRefused() {
        refused("title.termYears", () -> new TechnicianTitle("chief", "首席技师", List.of(), 30, Optional.empty(),
                Optional.of(21), java.util.Map.of()));
    }

    @Test
    void tierCodesOfConditions_areCheckedLikeTierCodes() {
        refused("condition.tierCodes", () -> new PriorityCondition.HoldsHonor("gold", HonorProgramId.of(1),
                Set.of("gold\u0000"), "金牌", "gold"));
        refused("criterion.tierCodes", () -> new Criterion.HoldsHonor("gold", Severity.HARD, HonorProgramId.of(1),
                Set.of("GOLD")));
    }

    // ---- vote secret -----------------------------------------------------------------------------

    @Test
    void define_votingProgramWithoutVoteSecret_isRefusedNamingVoteSecret_beforeTheStore() {
        InvalidFieldException e = refused("voteSecret", () -> registry().programs().define(ACTOR, ProgramDefinition.zibo()));

        assertThat(e.getProblem()).contains("takes a public vote").contains("voteSecret(");
    }

    @Test
    void define_programWithoutPublicVote_needsNoVoteSecret() {
        ProgramDefinition noVote = ProgramDefinition.zibo().toBuilder()
                .scoring(scheme(BigDecimal.ONE, BigDecimal.ZERO)).build();

        assertThatCode(() -> registry().programs().define(ACTOR, noVote))
                .isInstanceOf(AssertionError.class).hasMessage(UNTOUCHED);
    }

    @Test
    void accessors_documentTheChosenRanges() {
        assertThat(AcceptedValues.EARLIEST_DATE).isEqualTo(LocalDate.of(1800, 1, 1));
        assertThat(AcceptedValues.LATEST_DATE).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(AcceptedValues.MAX_VOTE_CLOCK_SKEW).isEqualTo(Duration.ofMinutes(5));
    }

    private static ScoringScheme scheme(BigDecimal expert, BigDecimal vote) {
        ScoringScheme zibo = ScoringScheme.zibo();
        return new ScoringScheme(expert, vote, zibo.items(), zibo.expertNormalization(), zibo.voteNormalization(),
                zibo.tieBreaks(), 1);
    }

    private static PriorityPolicy policy(LocalDate from, Optional<LocalDate> until, BigDecimal tolerance) {
        return new PriorityPolicy("zibo-chief", 1, "zibo-chief-technician", from, until, tolerance,
                List.of(new PriorityCondition.AgedAtMost("age-45", 45, "45周岁以下", "aged 45 or under")));
    }
}
