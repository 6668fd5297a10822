package org.talentregistry.honor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.InvalidFieldException;

/** The small validated records of the honor package: tiers, review items, naming decisions, revocations. */
class HonorValuesTest {
    private static final LocalDate DECIDED = LocalDate.of(2018, 12, 20);

    private static InvalidFieldException refusal(Executable construction) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, construction::execute);
        assertThat(e).as("construction should be refused").isNotNull();
        return e;
    }

    // ---- Revocation ------------------------------------------------------------------------------

    @Test
    void aRevocationsString_namesItsGroundAndDay_butNotItsFacts() {
        String facts = "（2024）鲁0303刑初12号 王建国 盗窃罪";
        RevocationRequest request = new RevocationRequest(RevocationReason.CRIMINAL_PUNISHMENT, facts, LocalDate.of(2024, 5, 6),
                "淄博市总工会");
        Revocation revocation = new Revocation(request.reason(), request.detail(), request.effectiveOn(), request.approvedBy(),
                org.talentregistry.Actor.of("zbzgh-01", "张干事"));

        for (Object value : new Object[] {request, revocation}) {
            assertThat(value.toString()).contains("CRIMINAL_PUNISHMENT", "2024-05-06", "淄博市总工会")
                    .doesNotContain("鲁0303刑初12号", "王建国", "盗窃");
        }
        assertThat(revocation.detail()).isEqualTo(facts);
    }

    // ---- HonorTier -------------------------------------------------------------------------------

    @Test
    void honorTier_validValues_areKept_andTheNameTrimmed() {
        HonorTier tier = new HonorTier("gold-1", " 淄博金牌工匠 ", 20, true);

        assertThat(tier.code()).isEqualTo("gold-1");
        assertThat(tier.name()).isEqualTo("淄博金牌工匠");
        assertThat(tier.annualQuota()).isEqualTo(20);
        assertThat(tier.entersTalentPool()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Gold", "GOLD", "-gold", "gold tier", "金牌", "gıld", "a12345678901234567890"})
    void honorTier_malformedCode_isRefusedNamingTierCode(String code) {
        assertThat(refusal(() -> new HonorTier(code, "金牌工匠", 20, true)).getField()).isEqualTo("tier.code");
    }

    @Test
    void honorTier_twentyCharacterCode_isAccepted() {
        assertThat(new HonorTier("a123456789012345678z", "金牌工匠", 1, false).code()).hasSize(20);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void honorTier_blankName_isRefusedNamingTierName(String name) {
        assertThat(refusal(() -> new HonorTier("gold", name, 20, true)).getField()).isEqualTo("tier.name");
    }

    @Test
    void honorTier_nameOver100Characters_isRefusedNamingTierName() {
        assertThat(refusal(() -> new HonorTier("gold", "工".repeat(101), 20, true)).getField()).isEqualTo("tier.name");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void honorTier_quotaBelowOne_isRefusedNamingTierAnnualQuota(int quota) {
        assertThat(refusal(() -> new HonorTier("gold", "金牌工匠", quota, true)).getField()).isEqualTo("tier.annualQuota");
    }

    // ---- ReviewItem ------------------------------------------------------------------------------

    @Test
    void reviewItem_validValues_areKept() {
        ReviewItem item = new ReviewItem("skill", "技能水平", 40);

        assertThat(item.code()).isEqualTo("skill");
        assertThat(item.name()).isEqualTo("技能水平");
        assertThat(item.maxPoints()).isEqualTo(40);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Skill", "技能", "skill level", "İnnovation"})
    void reviewItem_malformedCode_isRefusedNamingReviewItemCode(String code) {
        assertThat(refusal(() -> new ReviewItem(code, "技能水平", 40)).getField()).isEqualTo("reviewItem.code");
    }

    @Test
    void reviewItem_blankName_isRefusedNamingReviewItemName() {
        assertThat(refusal(() -> new ReviewItem("skill", " ", 40)).getField()).isEqualTo("reviewItem.name");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -10})
    void reviewItem_nonPositiveMaximum_isRefusedNamingReviewItemMaxPoints(int max) {
        assertThat(refusal(() -> new ReviewItem("skill", "技能水平", max)).getField()).isEqualTo("reviewItem.maxPoints");
    }

    // ---- NamingDecision --------------------------------------------------------------------------

    @Test
    void namingDecision_validValues_areKeptTrimmed_andShownAsADecision() {
        NamingDecision decision = new NamingDecision(" 淄工发〔2018〕12号 ", DECIDED, "淄博市总工会");

        assertThat(decision.number()).isEqualTo("淄工发〔2018〕12号");
        assertThat(decision.date()).isEqualTo(DECIDED);
        assertThat(decision.issuingBody()).isEqualTo("淄博市总工会");
        assertThat(decision.toString()).isEqualTo("表彰决定 淄工发〔2018〕12号 (2018-12-20, 淄博市总工会)");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void namingDecision_blankNumber_isRefusedNamingDecisionNumber(String number) {
        assertThat(refusal(() -> new NamingDecision(number, DECIDED, "淄博市总工会")).getField()).isEqualTo("decision.number");
    }

    @Test
    void namingDecision_numberOver60Characters_isRefusedNamingDecisionNumber() {
        assertThat(refusal(() -> new NamingDecision("号".repeat(61), DECIDED, "淄博市总工会")).getField())
                .isEqualTo("decision.number");
        assertThat(new NamingDecision("号".repeat(60), DECIDED, "淄博市总工会").number()).hasSize(60);
    }

    @Test
    void namingDecision_noDate_isRefusedNamingDecisionDate() {
        assertThat(refusal(() -> new NamingDecision("淄工发〔2018〕12号", null, "淄博市总工会")).getField())
                .isEqualTo("decision.date");
    }

    @Test
    void namingDecision_blankIssuingBody_isRefusedNamingDecisionIssuingBody() {
        assertThat(refusal(() -> new NamingDecision("淄工发〔2018〕12号", DECIDED, null)).getField())
                .isEqualTo("decision.issuingBody");
        assertThat(refusal(() -> new NamingDecision("淄工发〔2018〕12号", DECIDED, "体".repeat(201))).getField())
                .isEqualTo("decision.issuingBody");
    }

    // ---- RevocationRequest -----------------------------------------------------------------------

    @Test
    void revocationRequest_validValues_areKeptTrimmed() {
        RevocationRequest request = new RevocationRequest(RevocationReason.CRIMINAL_PUNISHMENT, " (2019)鲁0303刑初12号 ",
                LocalDate.of(2019, 6, 1), "淄博市总工会");

        assertThat(request.reason()).isEqualTo(RevocationReason.CRIMINAL_PUNISHMENT);
        assertThat(request.detail()).isEqualTo("(2019)鲁0303刑初12号");
        assertThat(request.effectiveOn()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(request.approvedBy()).isEqualTo("淄博市总工会");
    }

    @Test
    void revocationRequest_noReason_isRefusedNamingRevocationReason() {
        assertThat(refusal(() -> new RevocationRequest(null, "判决书", DECIDED, "淄博市总工会")).getField())
                .isEqualTo("revocation.reason");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void revocationRequest_blankDetail_isRefusedNamingRevocationDetail(String detail) {
        assertThat(refusal(() -> new RevocationRequest(RevocationReason.FRAUD, detail, DECIDED, "淄博市总工会")).getField())
                .isEqualTo("revocation.detail");
    }

    @Test
    void revocationRequest_detailOver500Characters_isRefusedNamingRevocationDetail() {
        assertThat(refusal(() -> new RevocationRequest(RevocationReason.FRAUD, "x".repeat(501), DECIDED, "淄博市总工会"))
                .getField()).isEqualTo("revocation.detail");
    }

    @Test
    void revocationRequest_noEffectiveDate_isRefusedNamingRevocationEffectiveOn() {
        assertThat(refusal(() -> new RevocationRequest(RevocationReason.FRAUD, "材料造假", null, "淄博市总工会")).getField())
                .isEqualTo("revocation.effectiveOn");
    }

    @Test
    void revocationRequest_blankApprover_isRefusedNamingRevocationApprovedBy() {
        assertThat(refusal(() -> new RevocationRequest(RevocationReason.MORAL_FAILING, "严重失德", DECIDED, "")).getField())
                .isEqualTo("revocation.approvedBy");
    }

    @Test
    void tieBreaksAndChannels_eachHaveTheirOwnNameInChineseAndInEnglish() {
        assertThat(java.util.Arrays.stream(TieBreak.values()).map(TieBreak::englishName).distinct())
                .hasSize(TieBreak.values().length).allSatisfy(n -> assertThat(n).isNotBlank().isLowerCase());
        assertThat(java.util.Arrays.stream(TieBreak.values()).map(TieBreak::chineseName).distinct())
                .hasSize(TieBreak.values().length);
        assertThat(TieBreak.MORE_VOTES.englishName()).isEqualTo("more votes first");
        assertThat(java.util.Arrays.stream(NominationChannel.values()).map(NominationChannel::englishName).distinct())
                .hasSize(NominationChannel.values().length).allSatisfy(n -> assertThat(n).isNotBlank());
        assertThat(NominationChannel.UNION.englishName()).isEqualTo("nominated by the union");
    }
}
