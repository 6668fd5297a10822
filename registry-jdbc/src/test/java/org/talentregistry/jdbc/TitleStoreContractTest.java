package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.Message;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.CriterionResult;
import org.talentregistry.eligibility.CriterionText;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Outcome;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorCitation;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.Revocation;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.StoreWork;
import org.talentregistry.title.ConditionResult;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityDecision;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.RankedApplicant;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleApplication;
import org.talentregistry.title.TitleAward;
import org.talentregistry.title.TitleAwardId;
import org.talentregistry.title.TitleRanking;
import org.talentregistry.title.TitleRefusedException;
import org.talentregistry.title.TitleRound;
import org.talentregistry.title.TitleRoundId;
import org.talentregistry.title.TitleText;
import org.talentregistry.title.TitleVersion;

/**
 * The technician-title store as every database must keep it, and the bulk look-ups a priority check in
 * bulk makes (honors, birth dates, title awards of many artisans), tested on the stores directly, run once
 * per database by a subclass. Each test works in a tenant of its own.
 */
abstract class TitleStoreContractTest extends DatabaseContractTest {
    private static final Instant NOW = Instant.parse("2023-04-03T02:30:45.123456Z");
    private static final String CHIEF = TechnicianTitle.ziboChiefTechnician().code();
    private static final String OUTSTANDING = TechnicianTitle.ziboOutstandingContribution().code();
    private static final LocalDate ROUND_DATE = LocalDate.of(2023, 5, 1);
    private static final NamingDecision DECISION_2018 = new NamingDecision("淄工发〔2018〕12号", LocalDate.of(2018, 9, 28),
            "淄博市总工会");
    private static final NamingDecision DECISION_2019 = new NamingDecision("淄工发〔2019〕9号", LocalDate.of(2019, 9, 27),
            "淄博市总工会");

    private TenantId tenant;

    @BeforeEach
    void newTenant() {
        tenant = newTenantId();
    }

    private static final IssuingRegion ZIBO = IssuingRegion.of("370300");
    private static final IssuingRegion WEIFANG = IssuingRegion.of("370700");
    private static final IssuingRegion SHANDONG = IssuingRegion.of("370000");

    private <T> T tx(StoreWork<T> work) {
        return store.inTransaction(tenant, work);
    }

    private void defineTitles() {
        tx(s -> {
            s.titles().saveTitle(TechnicianTitle.ziboChiefTechnician());
            s.titles().saveTitle(TechnicianTitle.ziboOutstandingContribution());
            return null;
        });
    }

    private TitleRoundId round(String titleCode, int year) {
        return tx(s -> s.titles().insertRound(titleCode, ZIBO, year, LocalDate.of(year, 5, 1), NOW));
    }

    private ArtisanId mechanic(int sequence) {
        return tx(s -> s.artisans().insert(Fixtures.mechanic(sequence), NOW));
    }

    /** A mechanic born on a day of its own, so that birth dates tell artisans apart. */
    private static ArtisanDetails bornOn(LocalDate birthDate, int sequence) {
        String digits = birthDate.toString().replace("-", "");
        return Fixtures.mechanic(sequence).toBuilder().residentId(Fixtures.residentId("370303", digits, sequence)).build();
    }

    /** The 2023 policy: an active Zibo Gold Medal Craftsman first, then age 45 or under. */
    private static PriorityPolicy policy(String id, int version, LocalDate from, Optional<LocalDate> until) {
        return new PriorityPolicy(id, version, CHIEF, from, until, new BigDecimal("0.50"), List.of(
                new PriorityCondition.HoldsHonor("gold-craftsman", HonorProgramId.of(7), Set.of("gold", "craft"),
                        "持有淄博金牌工匠称号", "holds the Zibo Gold Medal Craftsman honor"),
                new PriorityCondition.AgedAtMost("age-45", 45, "45周岁以下优先", "aged 45 or under")));
    }

    private static TitleApplication application(TitleRoundId roundId, ArtisanId artisanId, String score, Instant at) {
        return new TitleApplication(roundId, artisanId, new BigDecimal(score), Declarations.inServiceWithCleanRecord(), at);
    }

    private static TitleAward award(ArtisanId artisanId, TitleRoundId roundId, LocalDate startsOn, Optional<LocalDate> endsOn) {
        return new TitleAward(TitleAwardId.of(1), CHIEF, "淄博市首席技师", artisanId, roundId, ZIBO, 2, startsOn, endsOn);
    }

    private static TitleAward withId(TitleAward a, TitleAwardId id) {
        return a.withId(id);
    }

    private static void assertOneWonAndOthersWereRefused(List<Object> outcomes, TitleRefusedException.Rule rule) {
        assertThat(outcomes).filteredOn(o -> !(o instanceof Throwable)).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof Throwable).hasSize(outcomes.size() - 1)
                .allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(rule)));
    }

    @Test
    void titles_saveReplaceAndRead_roundTripExactly() {
        TechnicianTitle chief = TechnicianTitle.ziboChiefTechnician();
        TechnicianTitle outstanding = TechnicianTitle.ziboOutstandingContribution();
        TechnicianTitle provincial = new TechnicianTitle("qilu-chief-technician", "齐鲁首席技师 = \"省级\"",
                List.of(new Criterion.HoldsTitle("municipal", Severity.HARD, CHIEF),
                        new Criterion.SelectionLimit("once", Severity.HARD, "qilu-chief-technician", 1),
                        new Criterion.MaximumAge("age", Severity.SOFT, 55)),
                100, Optional.empty(), Optional.of(4), Map.of("3703", 5, "3701", 12));

        tx(s -> {
            s.titles().saveTitle(chief);
            s.titles().saveTitle(outstanding);
            s.titles().saveTitle(provincial);
            return null;
        });

        tx(s -> {
            assertThat(s.titles().title(CHIEF)).contains(chief);
            assertThat(s.titles().title(OUTSTANDING)).contains(outstanding);
            assertThat(s.titles().title(provincial.code())).contains(provincial);
            assertThat(s.titles().title("no-such-title")).isEmpty();
            return null;
        });
        TechnicianTitle revised = new TechnicianTitle(CHIEF, "淄博市首席技师（2024）", chief.criteria().subList(0, 2), 25,
                Optional.of(1), Optional.empty(), Map.of());
        tx(s -> {
            s.titles().saveTitle(revised);
            return null;
        });
        var read = tx(s -> s.titles().title(CHIEF));
        assertThat(read).contains(revised);
    }

    @Test
    void policies_versionsCoexist_andReadBackExactly_byIdThenVersion() {
        defineTitles();
        PriorityPolicy first = policy("zibo-chief-2023", 1, LocalDate.of(2023, 1, 1), Optional.of(LocalDate.of(2024, 1, 1)));
        PriorityPolicy second = policy("zibo-chief-2023", 2, LocalDate.of(2024, 1, 1), Optional.empty());
        PriorityPolicy earlier = new PriorityPolicy("zibo-chief-2019", 1, CHIEF, LocalDate.of(2019, 1, 1),
                Optional.of(LocalDate.of(2023, 1, 1)), BigDecimal.ZERO, List.of());
        PriorityPolicy other = new PriorityPolicy("zibo-outstanding", 1, OUTSTANDING, LocalDate.of(2020, 1, 1),
                Optional.empty(), new BigDecimal("1"), List.of(new PriorityCondition.AgedAtMost("young", 40, "40周岁以下",
                        "aged 40 or under")));

        tx(s -> {
            s.titles().insertPolicy(second);
            s.titles().insertPolicy(other);
            s.titles().insertPolicy(first);
            s.titles().insertPolicy(earlier);
            return null;
        });

        tx(s -> {
            assertThat(s.titles().policies(CHIEF)).containsExactly(earlier, first, second);
            assertThat(s.titles().policies(CHIEF).get(1).scoreTolerance()).isEqualTo(new BigDecimal("0.50"));
            assertThat(s.titles().policies(OUTSTANDING)).containsExactly(other);
            assertThat(s.titles().policies("no-such-title")).isEmpty();
            return null;
        });
    }

    @Test
    void policies_sameIdAndVersion_isRefused_andTheTransactionGoesOn() {
        defineTitles();
        PriorityPolicy first = policy("zibo-chief-2023", 1, LocalDate.of(2023, 1, 1), Optional.empty());
        tx(s -> {
            s.titles().insertPolicy(first);
            return null;
        });
        PriorityPolicy again = policy("zibo-chief-2023", 1, LocalDate.of(2023, 6, 1), Optional.empty());
        PriorityPolicy next = policy("zibo-chief-2023", 2, LocalDate.of(2023, 6, 1), Optional.empty());

        tx(s -> {
            assertThatThrownBy(() -> s.titles().insertPolicy(again))
                    .isInstanceOfSatisfying(TitleRefusedException.class,
                            e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.POLICY_VERSION_EXISTS))
                    .hasMessageContaining("zibo-chief-2023").hasMessageContaining("1");
            s.titles().insertPolicy(next);
            return null;
        });

        var policies = tx(s -> s.titles().policies(CHIEF));
        assertThat(policies).containsExactly(first, next);
    }

    @Test
    void policies_sameVersionFromTwoThreadsAtOnce_exactlyOneWins() throws Exception {
        defineTitles();

        List<Object> outcomes = racing(tenant, List.<StoreWork<String>>of(
                s -> {
                    s.titles().insertPolicy(policy("zibo-chief-2023", 1, LocalDate.of(2023, 1, 1), Optional.empty()));
                    return "first";
                },
                s -> {
                    s.titles().insertPolicy(policy("zibo-chief-2023", 1, LocalDate.of(2023, 2, 1), Optional.empty()));
                    return "second";
                }));

        assertOneWonAndOthersWereRefused(outcomes, TitleRefusedException.Rule.POLICY_VERSION_EXISTS);
        var policies = tx(s -> s.titles().policies(CHIEF));
        assertThat(policies).hasSize(1);
    }

    @Test
    void aCancelledRound_readsCancelled_andItsTitleRegionAndYearTakeOneNewRound() {
        defineTitles();
        TitleRoundId first = tx(s -> s.titles().insertRound(CHIEF, ZIBO, 2023, ROUND_DATE, NOW));

        tx(s -> {
            s.titles().markCancelled(first, LocalDate.of(2023, 5, 6), "评选公告有误");
            return null;
        });
        TitleRoundId second = tx(s -> s.titles().insertRound(CHIEF, ZIBO, 2023, ROUND_DATE.plusDays(7), NOW.plusSeconds(60)));

        tx(s -> {
            assertThat(s.titles().round(first, false)).contains(new TitleRound(first, CHIEF, ZIBO, 2023, ROUND_DATE, false, NOW,
                    Optional.of(LocalDate.of(2023, 5, 6)), Optional.of("评选公告有误")));
            assertThat(s.titles().rounds(CHIEF)).extracting(TitleRound::id, TitleRound::isCancelled)
                    .containsExactly(tuple(first, true), tuple(second, false));
            return null;
        });
        assertThatThrownBy(() -> tx(s -> s.titles().insertRound(CHIEF, ZIBO, 2023, ROUND_DATE, NOW)))
                .isInstanceOfSatisfying(TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.ROUND_EXISTS_FOR_YEAR));
        assertThatThrownBy(() -> tx(s -> {
            s.titles().markCancelled(TitleRoundId.of(second.value() + 1_000), LocalDate.of(2023, 5, 6), "不存在");
            return null;
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void deleteApplication_returnsTheApplicationDeleted_onlyOnce_andOnlyInItsTenant() {
        defineTitles();
        TitleRoundId roundId = tx(s -> s.titles().insertRound(CHIEF, ZIBO, 2023, ROUND_DATE, NOW));
        ArtisanId wang = tx(s -> s.artisans().insert(Fixtures.mechanic(1), NOW));
        ArtisanId li = tx(s -> s.artisans().insert(Fixtures.mechanic(2), NOW));
        TitleApplication wangs = application(roundId, wang, "88.5", NOW);
        tx(s -> {
            s.titles().insertApplication(wangs);
            s.titles().insertApplication(application(roundId, li, "70", NOW.plusSeconds(60)));
            return null;
        });

        Optional<TitleApplication> elsewhere = store.inTransaction(newTenantId(), s -> s.titles().deleteApplication(roundId, wang));
        Optional<TitleApplication> deleted = tx(s -> s.titles().deleteApplication(roundId, wang));
        Optional<TitleApplication> again = tx(s -> s.titles().deleteApplication(roundId, wang));
        List<TitleApplication> left = tx(s -> s.titles().applications(roundId));
        tx(s -> {
            s.titles().insertApplication(wangs);
            return null;
        });
        List<TitleApplication> reapplied = tx(s -> s.titles().applications(roundId));

        assertThat(elsewhere).isEmpty();
        assertThat(deleted).contains(wangs);
        assertThat(again).isEmpty();
        assertThat(left).extracting(TitleApplication::artisanId).containsExactly(li);
        assertThat(reapplied).extracting(TitleApplication::artisanId).containsExactly(li, wang);
    }

    @Test
    void anAward_readsById_andItsRevocationIsRecordedOnce_inItsTenant() {
        defineTitles();
        TitleRoundId roundId = tx(s -> s.titles().insertRound(CHIEF, ZIBO, 2023, ROUND_DATE, NOW));
        ArtisanId artisan = tx(s -> s.artisans().insert(Fixtures.mechanic(1), NOW));
        TitleAward draft = award(artisan, roundId, ROUND_DATE, Optional.of(ROUND_DATE.plusYears(4)));
        TitleAwardId id = tx(s -> s.titles().insertAward(draft));
        Revocation revocation = new Revocation(
                RevocationReason.CRIMINAL_PUNISHMENT, "（2024）鲁0303刑初12号", LocalDate.of(2024, 5, 6),
                "淄博市人力资源和社会保障局", Actor.of("bureau-sun", "孙科长"));

        Optional<TitleAward> read = tx(s -> s.titles().award(id, true));
        Optional<TitleAward> elsewhere = store.inTransaction(newTenantId(), s -> s.titles().award(id, false));
        tx(s -> {
            s.titles().revokeAward(id, revocation);
            return null;
        });
        Optional<TitleAward> revoked = tx(s -> s.titles().award(id, false));
        List<TitleAward> ofArtisan = tx(s -> s.titles().awardsOf(List.of(artisan)));

        assertThat(read).contains(draft.withId(id));
        assertThat(elsewhere).isEmpty();
        assertThat(revoked).contains(new TitleAward(id, CHIEF, "淄博市首席技师", artisan, roundId, ZIBO, 2, ROUND_DATE,
                Optional.of(ROUND_DATE.plusYears(4)), Optional.of(revocation)));
        assertThat(ofArtisan).containsExactly(revoked.orElseThrow());
        assertThatThrownBy(() -> tx(s -> {
            s.titles().revokeAward(id, revocation);
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.inTransaction(newTenantId(), s -> {
            s.titles().revokeAward(id, revocation);
            return null;
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRankingKept_readsBackAsItWasKept_inItsOrder_sayingTheSameInBothLanguages_onlyInItsTenant() {
        defineTitles();
        TechnicianTitle chief = TechnicianTitle.ziboChiefTechnician();
        PriorityPolicy policy = policy("zibo-chief", 3, LocalDate.of(2023, 1, 1), Optional.empty());
        TitleVersion rules = new TitleVersion(2, LocalDate.of(2023, 1, 1), Optional.empty(), chief);
        TitleRoundId roundId = tx(s -> {
            s.titles().saveVersion(new TitleVersion(1, LocalDate.of(2018, 1, 1), Optional.of(LocalDate.of(2023, 1, 1)), chief));
            s.titles().saveVersion(rules);
            s.titles().insertPolicy(policy("zibo-chief", 2, LocalDate.of(2018, 1, 1), Optional.of(LocalDate.of(2023, 1, 1))));
            s.titles().insertPolicy(policy);
            return s.titles().insertRound(CHIEF, ZIBO, 2023, ROUND_DATE, NOW);
        });
        TitleRoundId empty = round(CHIEF, 2022);
        ArtisanId first = mechanic(1);
        ArtisanId second = mechanic(2);
        ArtisanId third = mechanic(3);
        tx(s -> {
            for (ArtisanId a : List.of(first, second, third)) {
                s.titles().insertApplication(application(roundId, a, a == second ? "85.5" : "90", NOW));
            }
            return null;
        });
        Criterion level = chief.criteria().get(0);
        HonorCitation gold = new HonorCitation(HonorId.of(41), first, HonorProgramId.of(7), "gold", "淄博金牌工匠", 2018,
                DECISION_2018.number(), DECISION_2018.date(), Optional.of(LocalDate.of(2024, 1, 2)));
        RankedApplicant honoree = new RankedApplicant(1, first, "王建国", new BigDecimal("90"),
                new Verdict(ROUND_DATE, List.of(CriterionResult.of(level, Outcome.MET,
                        Message.of(CriterionText.FACT_SELECTED_BEFORE, 1L, ROUND_DATE)))),
                new PriorityDecision(first, CHIEF, ROUND_DATE, "zibo-chief", 3, List.of(
                        new ConditionResult(policy.conditions().get(0), true, new ConditionResult.Fact("fact.honor.active",
                                "淄博金牌工匠", "2018", DECISION_2018.number()), Optional.of(gold)),
                        new ConditionResult(policy.conditions().get(1), false, new ConditionResult.Fact("fact.age", "47",
                                ROUND_DATE.toString()), Optional.empty()))),
                true, Optional.empty());
        RankedApplicant overQuota = new RankedApplicant(2, third, "李\"明\\", new BigDecimal("90"),
                new Verdict(ROUND_DATE, List.of()),
                new PriorityDecision(third, CHIEF, ROUND_DATE, "zibo-chief", 3, List.of(
                        new ConditionResult(policy.conditions().get(0), false, new ConditionResult.Fact("fact.honor.none"),
                                Optional.empty()),
                        new ConditionResult(policy.conditions().get(1), true, new ConditionResult.Fact("fact.age", "33",
                                ROUND_DATE.toString()), Optional.empty()))),
                false, Optional.of(Message.of(TitleText.BOTH, Message.of(TitleText.CITY_QUOTA_REACHED, 1,
                        IssuingRegion.of("370300")), Message.of(TitleText.LOWER_SCORE, "85.5", "90"))));
        RankedApplicant ineligible = new RankedApplicant(0, second, "张华", new BigDecimal("85.5"),
                new Verdict(ROUND_DATE, List.of(CriterionResult.of(level, Outcome.NOT_MET,
                        Message.of(CriterionText.FACT_SELECTED_BEFORE, 2L, ROUND_DATE)))),
                new PriorityDecision(second, CHIEF, ROUND_DATE, "zibo-chief", 3, List.of(
                        new ConditionResult(policy.conditions().get(0), false, new ConditionResult.Fact("fact.honor.none"),
                                Optional.empty()),
                        new ConditionResult(policy.conditions().get(1), false, new ConditionResult.Fact("fact.age.unknown"),
                                Optional.empty()))),
                false, Optional.of(Message.of(TitleText.INELIGIBLE)));
        TitleRound round = tx(s -> s.titles().round(roundId, false)).orElseThrow();
        TitleRound emptyRound = tx(s -> s.titles().round(empty, false)).orElseThrow();
        TitleRanking kept = new TitleRanking(round, rules, List.of(honoree, overQuota, ineligible));
        Optional<TitleRanking> before = tx(s -> s.titles().recordedRanking(round));

        tx(s -> {
            s.titles().recordRanking(kept);
            s.titles().recordRanking(new TitleRanking(emptyRound, rules, List.of()));
            return null;
        });
        TitleRanking read = tx(s -> s.titles().recordedRanking(round)).orElseThrow();

        assertThat(before).isEmpty();
        assertThat(read.round()).isEqualTo(round);
        assertThat(read.rules()).isEqualTo(rules);
        assertThat(read.applicants()).extracting(RankedApplicant::artisanId).containsExactly(first, third, second);
        assertThat(read.applicants().get(0)).isEqualTo(honoree);
        assertThat(read.applicants().get(2)).isEqualTo(ineligible);
        for (int i = 0; i < 3; i++) {
            RankedApplicant was = kept.applicants().get(i);
            RankedApplicant is = read.applicants().get(i);
            for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
                assertThat(is.note(locale)).isEqualTo(was.note(locale));
                assertThat(is.verdict().explain(locale)).isEqualTo(was.verdict().explain(locale));
                assertThat(is.priority().explain(locale)).isEqualTo(was.priority().explain(locale));
            }
            assertThat(is.name()).isEqualTo(was.name());
            assertThat(is.score()).isEqualTo(was.score());
        }
        assertThat(read.applicants().get(1).note(Locale.CHINESE).orElseThrow()).contains("370300", "名额 1 名已满");
        Optional<TitleRanking> readEmpty = tx(s -> s.titles().recordedRanking(emptyRound));
        Optional<TitleRanking> elsewhere = store.inTransaction(newTenantId(), s -> s.titles().recordedRanking(round));
        assertThat(readEmpty).hasValueSatisfying(r -> {
            assertThat(r.applicants()).isEmpty();
            assertThat(r.rules()).isEqualTo(rules);
        });
        assertThat(elsewhere).isEmpty();
        assertThatThrownBy(() -> store.inTransaction(newTenantId(), s -> {
            s.titles().recordRanking(kept);
            return null;
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rounds_insertReadAndMarkSelected_roundTrip() {
        defineTitles();
        TitleRoundId r2023 = tx(s -> s.titles().insertRound(CHIEF, ZIBO, 2023, ROUND_DATE, NOW));
        TitleRoundId r2022 = tx(s -> s.titles().insertRound(CHIEF, ZIBO, 2022, LocalDate.of(2022, 4, 30), NOW.minusSeconds(3600)));

        tx(s -> {
            s.titles().markSelected(r2022);
            return null;
        });

        tx(s -> {
            assertThat(s.titles().round(r2023, false)).contains(new TitleRound(r2023, CHIEF, ZIBO, 2023, ROUND_DATE, false, NOW));
            assertThat(s.titles().round(r2023, true)).contains(new TitleRound(r2023, CHIEF, ZIBO, 2023, ROUND_DATE, false, NOW));
            assertThat(s.titles().round(r2022, false)).contains(new TitleRound(r2022, CHIEF, ZIBO, 2022, LocalDate.of(2022, 4, 30),
                    true, NOW.minusSeconds(3600)));
            assertThat(s.titles().round(TitleRoundId.of(r2023.value() + 1_000), false)).isEmpty();
            return null;
        });
        assertThatThrownBy(() -> tx(s -> {
            s.titles().markSelected(TitleRoundId.of(r2023.value() + 1_000));
            return null;
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rounds_secondForTheSameYear_isRefused_andTheTransactionGoesOn() {
        defineTitles();
        TitleRoundId first = round(CHIEF, 2023);

        TitleRoundId[] others = tx(s -> {
            assertThatThrownBy(() -> s.titles().insertRound(CHIEF, ZIBO, 2023, ROUND_DATE.plusDays(10), NOW))
                    .isInstanceOfSatisfying(TitleRefusedException.class,
                            e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.ROUND_EXISTS_FOR_YEAR))
                    .hasMessage("title zibo-chief-technician already has a round of city 370300 for 2023");
            return new TitleRoundId[] {s.titles().insertRound(CHIEF, ZIBO, 2024, ROUND_DATE.plusYears(1), NOW),
                s.titles().insertRound(OUTSTANDING, ZIBO, 2023, ROUND_DATE, NOW)};
        });

        tx(s -> {
            assertThat(s.titles().round(first, false)).map(TitleRound::roundDate).contains(ROUND_DATE);
            assertThat(s.titles().round(others[0], false)).map(TitleRound::year).contains(2024);
            assertThat(s.titles().round(others[1], false)).map(TitleRound::titleCode).contains(OUTSTANDING);
            return null;
        });
    }

    @Test
    void rounds_sameTitleAndYear_inTwoRegions_areTwoRounds() {
        defineTitles();
        TitleRoundId zibo = round(CHIEF, 2023);

        TitleRoundId[] others = tx(s -> new TitleRoundId[] {
            s.titles().insertRound(CHIEF, WEIFANG, 2023, ROUND_DATE, NOW),
            s.titles().insertRound(CHIEF, SHANDONG, 2023, ROUND_DATE, NOW)});

        tx(s -> {
            assertThat(s.titles().round(zibo, false)).map(TitleRound::region).contains(ZIBO);
            assertThat(s.titles().round(others[0], false)).map(TitleRound::region).contains(WEIFANG);
            assertThat(s.titles().round(others[1], false)).map(TitleRound::region).contains(SHANDONG);
            assertThat(s.titles().rounds(CHIEF)).extracting(TitleRound::id).containsExactly(zibo, others[0], others[1]);
            assertThatThrownBy(() -> s.titles().insertRound(CHIEF, WEIFANG, 2023, ROUND_DATE, NOW))
                    .isInstanceOfSatisfying(TitleRefusedException.class, e -> assertThat(e.getMessage(java.util.Locale.CHINESE))
                            .isEqualTo("职称 zibo-chief-technician 在市（区划代码 370700）已有 2023 年度的评选"));
            return null;
        });
    }

    @Test
    void versions_saveEndAndRead_roundTripExactly() {
        TechnicianTitle rules2018 = new TechnicianTitle(CHIEF, "淄博市首席技师", TechnicianTitle.ziboChiefTechnician().criteria()
                .subList(0, 2), 25, Optional.of(2), Optional.of(3), Map.of());
        TitleVersion v1 = new TitleVersion(1, LocalDate.of(2018, 1, 1), Optional.empty(), rules2018);
        TitleVersion v2 = new TitleVersion(2, LocalDate.of(2023, 1, 1), Optional.empty(), TechnicianTitle.ziboChiefTechnician());
        tx(s -> {
            s.titles().saveTitle(rules2018);
            s.titles().saveVersion(v1);
            return null;
        });
        TitleVersion ended = new TitleVersion(1, v1.validFrom(), Optional.of(v2.validFrom()), rules2018);

        tx(s -> {
            s.titles().saveVersion(ended);
            s.titles().saveVersion(v2);
            return null;
        });

        tx(s -> {
            assertThat(s.titles().versions(CHIEF)).containsExactly(ended, v2);
            assertThat(s.titles().versions(OUTSTANDING)).isEmpty();
            assertThat(s.titles().title(CHIEF, true)).contains(rules2018);
            return null;
        });
        List<TitleVersion> otherTenants = store.inTransaction(newTenantId(), s -> s.titles().versions(CHIEF));
        assertThat(otherTenants).isEmpty();
    }

    @Test
    void rounds_sameYearFromTwoThreadsAtOnce_exactlyOneWins() throws Exception {
        defineTitles();

        List<Object> outcomes = racing(tenant, Collections.nCopies(2, s -> s.titles().insertRound(CHIEF, ZIBO, 2023, ROUND_DATE, NOW)));

        assertOneWonAndOthersWereRefused(outcomes, TitleRefusedException.Rule.ROUND_EXISTS_FOR_YEAR);
        TitleRoundId winner = (TitleRoundId) outcomes.stream().filter(TitleRoundId.class::isInstance).findFirst().orElseThrow();
        var round = tx(s -> s.titles().round(winner, false));
        assertThat(round).isPresent();
    }

    @Test
    void applications_listInTheOrderRecorded_scoresKeepingTheirScale() {
        defineTitles();
        TitleRoundId roundId = round(CHIEF, 2023);
        TitleRoundId otherRound = round(CHIEF, 2024);
        ArtisanId a = mechanic(11);
        ArtisanId b = mechanic(12);
        ArtisanId c = mechanic(13);
        TitleApplication third = application(roundId, a, "88.250", NOW.plusSeconds(120));
        TitleApplication first = new TitleApplication(roundId, c, new BigDecimal("85.5"),
                new Declarations(null, "2015年轻微安全事故"), NOW);
        TitleApplication second = application(roundId, b, "1E+2", NOW.plusSeconds(60));
        TitleApplication elsewhere = application(otherRound, a, "-0.001", NOW);

        tx(s -> {
            s.titles().insertApplication(first);
            s.titles().insertApplication(second);
            s.titles().insertApplication(elsewhere);
            s.titles().insertApplication(third);
            return null;
        });

        List<TitleApplication> read = tx(s -> s.titles().applications(roundId));
        assertThat(read).containsExactly(first, second, third);
        assertThat(read).extracting(TitleApplication::score)
                .extracting(BigDecimal::toString).containsExactly("85.5", "1E+2", "88.250");
        var other = tx(s -> s.titles().applications(otherRound));
        assertThat(other).containsExactly(elsewhere);
    }

    @Test
    void applications_sameArtisanTwiceInARound_isRefused_butAnotherRoundTakesIt() {
        defineTitles();
        TitleRoundId r2023 = round(CHIEF, 2023);
        TitleRoundId r2024 = round(CHIEF, 2024);
        ArtisanId artisan = mechanic(11);
        tx(s -> {
            s.titles().insertApplication(application(r2023, artisan, "90", NOW));
            return null;
        });

        tx(s -> {
            assertThatThrownBy(() -> s.titles().insertApplication(application(r2023, artisan, "95", NOW)))
                    .isInstanceOfSatisfying(TitleRefusedException.class,
                            e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.ALREADY_APPLIED))
                    .hasMessageContaining("artisan " + artisan);
            s.titles().insertApplication(application(r2024, artisan, "95", NOW));
            return null;
        });

        var applications = tx(s -> s.titles().applications(r2023));
        assertThat(applications).extracting(TitleApplication::score).containsExactly(new BigDecimal("90"));
    }

    @Test
    void applications_sameArtisanFromThreadsAtOnce_exactlyOneWins() throws Exception {
        defineTitles();
        TitleRoundId roundId = round(CHIEF, 2023);
        ArtisanId artisan = mechanic(11);

        List<Object> outcomes = racing(tenant, Collections.nCopies(3, s -> {
            s.titles().insertApplication(application(roundId, artisan, "90", NOW));
            return "applied";
        }));

        assertOneWonAndOthersWereRefused(outcomes, TitleRefusedException.Rule.ALREADY_APPLIED);
        var applications = tx(s -> s.titles().applications(roundId));
        assertThat(applications).hasSize(1);
    }

    @Test
    void applications_scoreTheColumnWouldRoundOrClip_isRefused_andNothingIsWritten() {
        defineTitles();
        TitleRoundId roundId = round(CHIEF, 2023);
        ArtisanId artisan = mechanic(11);

        for (String score : List.of("88.2505", "1000000", "-1000000.5")) {
            assertThatThrownBy(() -> tx(s -> {
                s.titles().insertApplication(application(roundId, artisan, score, NOW));
                return null;
            })).as(score).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(score);
        }

        var applications = tx(s -> s.titles().applications(roundId));
        assertThat(applications).isEmpty();
    }

    @Test
    void awards_insertAndReadBack_withAndWithoutAnEnd_byArtisanThenId() {
        defineTitles();
        TitleRoundId r2019 = round(CHIEF, 2019);
        TitleRoundId r2023 = round(CHIEF, 2023);
        ArtisanId a = mechanic(11);
        ArtisanId b = mechanic(12);
        TitleAward a2023 = award(a, r2023, ROUND_DATE, Optional.of(ROUND_DATE.plusYears(4)));
        TitleAward a2019 = award(a, r2019, LocalDate.of(2019, 5, 1), Optional.of(LocalDate.of(2023, 5, 1)));
        TitleAward bForLife = new TitleAward(TitleAwardId.of(1), OUTSTANDING, "淄博市有突出贡献的技师", b, r2023,
                IssuingRegion.of("370000"), 1, ROUND_DATE, Optional.empty());

        TitleAwardId[] ids = tx(s -> new TitleAwardId[] {s.titles().insertAward(a2023), s.titles().insertAward(bForLife),
            s.titles().insertAward(a2019)});

        List<TitleAward> read = tx(s -> s.titles().awardsOf(List.of(b, a, b)));
        assertThat(read).containsExactly(withId(a2023, ids[0]), withId(a2019, ids[2]), withId(bForLife, ids[1]));
        assertThat(read.get(0).isActiveOn(ROUND_DATE.plusYears(4).minusDays(1))).isTrue();
        assertThat(read.get(0).isActiveOn(ROUND_DATE.plusYears(4))).isFalse();
        var none = tx(s -> s.titles().awardsOf(List.of()));
        assertThat(none).isEmpty();
    }

    @Test
    void bulkLookups_acrossThousandsOfIds_agreeWithPerIdReads() {
        defineTitles();
        HonorProgramId programId = tx(s -> s.programs().insert(ProgramDefinition.zibo(), NOW));
        RoundId r2018 = tx(s -> s.rounds().insert(programId, 1, 2018, NOW));
        RoundId r2019 = tx(s -> s.rounds().insert(programId, 1, 2019, NOW));
        TitleRoundId titleRound = round(CHIEF, 2023);
        List<ArtisanId> artisans = tx(s -> {
            List<ArtisanId> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ArtisanId id = s.artisans().insert(bornOn(LocalDate.of(1970, 1, 1).plusDays(97L * i), 100 + i), NOW);
                ids.add(id);
                if (i % 3 != 0) {
                    s.honors().insert(new Honor(HonorId.of(1), programId, "淄博金牌工匠", "gold", "淄博金牌工匠", 2018, r2018, id,
                            DECISION_2018, "ZB2018-" + i, Optional.empty()));
                }
                if (i % 4 == 1) {
                    s.honors().insert(new Honor(HonorId.of(1), programId, "淄博金牌工匠", "craft", "淄博工匠", 2019, r2019, id,
                            DECISION_2019, "ZB2019-" + i, Optional.empty()));
                }
                if (i % 5 != 2) {
                    s.titles().insertAward(award(id, titleRound, ROUND_DATE, Optional.of(ROUND_DATE.plusYears(4))));
                }
            }
            return ids;
        });
        long last = artisans.get(artisans.size() - 1).value();
        List<ArtisanId> asked = new ArrayList<>(LongStream.rangeClosed(1, 2_600).map(i -> last + i).mapToObj(ArtisanId::of)
                .toList());
        for (int i = 0; i < artisans.size(); i++) {
            asked.add(i * 61, artisans.get(artisans.size() - 1 - i));
        }
        asked.add(artisans.get(7));

        List<Honor> honors = tx(s -> s.honors().ofArtisans(asked));
        Map<ArtisanId, LocalDate> birthDates = tx(s -> s.artisans().birthDates(asked));
        List<TitleAward> awards = tx(s -> s.titles().awardsOf(asked));

        List<Honor> honorsOneByOne = new ArrayList<>();
        Map<ArtisanId, LocalDate> birthDatesOneByOne = new HashMap<>();
        List<TitleAward> awardsOneByOne = new ArrayList<>();
        tx(s -> {
            for (ArtisanId id : artisans) {
                honorsOneByOne.addAll(s.honors().ofArtisan(id));
                s.artisans().find(id, false).ifPresent(a -> birthDatesOneByOne.put(id, a.birthDate()));
                awardsOneByOne.addAll(s.titles().awardsOf(List.of(id)));
            }
            return null;
        });
        assertThat(honors).hasSize(40 - 14 + 10).containsExactlyElementsOf(honorsOneByOne);
        assertThat(birthDates).hasSize(40).isEqualTo(birthDatesOneByOne);
        Map<ArtisanId, LocalDate> streamed = new HashMap<>();
        tx(s -> {
            s.artisans().eachBirthDate(asked, (id, born) -> assertThat(streamed.put(id, born)).isIn(null, born));
            return null;
        });
        assertThat(streamed).isEqualTo(birthDatesOneByOne);
        assertThat(awards).hasSize(32).containsExactlyElementsOf(awardsOneByOne);
    }

    @Test
    void bulkLookups_beyondTheLargestChunk_findEveryRow() {
        defineTitles();
        TitleRoundId titleRound = round(CHIEF, 2023);
        ArtisanId first = mechanic(11);
        ArtisanId second = mechanic(12);
        tx(s -> {
            s.titles().insertAward(award(first, titleRound, ROUND_DATE, Optional.empty()));
            s.titles().insertAward(award(second, titleRound, ROUND_DATE, Optional.empty()));
            return null;
        });
        // More ids than any database's chunk, so that every database reads at least two chunks.
        List<ArtisanId> asked = new ArrayList<>(LongStream.rangeClosed(1, 150_000).map(i -> second.value() + i)
                .mapToObj(ArtisanId::of).toList());
        asked.add(first);
        asked.add(second);

        var birthDates = tx(s -> s.artisans().birthDates(asked));
        var awards = tx(s -> s.titles().awardsOf(asked));

        assertThat(birthDates).containsOnlyKeys(first, second);
        assertThat(awards).extracting(TitleAward::artisanId).containsExactly(first, second);
    }

    @Test
    void tenants_doNotSeeEachOthersTitlesPoliciesRoundsApplicationsOrAwards() {
        defineTitles();
        PriorityPolicy policy = policy("zibo-chief-2023", 1, LocalDate.of(2023, 1, 1), Optional.empty());
        TitleRoundId roundId = round(CHIEF, 2023);
        ArtisanId artisan = mechanic(11);
        tx(s -> {
            s.titles().insertPolicy(policy);
            s.titles().insertApplication(application(roundId, artisan, "90", NOW));
            s.titles().insertAward(award(artisan, roundId, ROUND_DATE, Optional.empty()));
            return null;
        });
        TenantId weifang = newTenantId();

        store.inTransaction(weifang, s -> {
            assertThat(s.titles().title(CHIEF)).isEmpty();
            assertThat(s.titles().policies(CHIEF)).isEmpty();
            assertThat(s.titles().round(roundId, false)).isEmpty();
            assertThat(s.titles().applications(roundId)).isEmpty();
            assertThat(s.titles().awardsOf(List.of(artisan))).isEmpty();
            assertThat(s.artisans().birthDates(List.of(artisan))).isEmpty();
            assertThatThrownBy(() -> s.titles().markSelected(roundId)).isInstanceOf(IllegalStateException.class);
            return null;
        });
        TitleRoundId theirRound = store.inTransaction(weifang, s -> {
            s.titles().saveTitle(TechnicianTitle.ziboChiefTechnician());
            s.titles().insertPolicy(policy);
            TitleRoundId id = s.titles().insertRound(CHIEF, ZIBO, 2023, ROUND_DATE, NOW);
            ArtisanId theirArtisan = s.artisans().insert(Fixtures.mechanic(11), NOW);
            s.titles().insertApplication(application(id, theirArtisan, "70", NOW));
            return id;
        });

        var ours = tx(s -> s.titles().applications(roundId));
        assertThat(ours).extracting(TitleApplication::score).containsExactly(new BigDecimal("90"));
        var theirs = store.inTransaction(weifang, s -> s.titles().applications(theirRound));
        assertThat(theirs).extracting(TitleApplication::score).containsExactly(new BigDecimal("70"));
        var ourPolicies = tx(s -> s.titles().policies(CHIEF));
        assertThat(ourPolicies).containsExactly(policy);
    }
}
