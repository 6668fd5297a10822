package org.talentregistry.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorCitation;
import org.talentregistry.honor.HonorKind;
import org.talentregistry.title.ConditionResult;
import org.talentregistry.title.ConditionResult.Fact;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityDecision;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TitleRefusedException;

/** Decides priority from facts already read. Pure: no store, no clock. */
final class PriorityEvaluator {
    private static final Fact NO_HONOR = new Fact("fact.honor.none");
    private static final Fact NO_BIRTH_DATE = new Fact("fact.age.unknown");

    private PriorityEvaluator() {
    }

    /**
     * Tells whether a policy asks anything of the artisan's own record, beyond its honors.
     *
     * @return true if a condition needs the birth date
     */
    static boolean needsBirthDates(PriorityPolicy policy) {
        for (PriorityCondition c : policy.conditions()) {
            if (c instanceof PriorityCondition.AgedAtMost) {
                return true;
            }
        }
        return false;
    }

    /** @return the kinds of honor the policy's conditions name, each once */
    static Set<HonorKind> honorKinds(PriorityPolicy policy) {
        Set<HonorKind> kinds = new LinkedHashSet<>();
        for (PriorityCondition c : policy.conditions()) {
            if (c instanceof PriorityCondition.HoldsHonor holds) {
                kinds.add(holds.kind());
            }
        }
        return kinds;
    }

    /** The version in force on a date: among the versions in force, the latest. */
    static PriorityPolicy inForce(List<PriorityPolicy> policies, String titleCode, LocalDate date) {
        return policies.stream().filter(p -> p.isInForceOn(date))
                // By id last, so that the one in force never hangs on the order of the list (definePolicy refuses
                // two policies taking effect on one day; kept ones from before may still tie).
                .max(Comparator.comparing(PriorityPolicy::validFrom).thenComparingInt(PriorityPolicy::version)
                        .thenComparing(PriorityPolicy::id))
                .orElseThrow(() -> new TitleRefusedException(TitleRefusedException.Rule.NO_POLICY_IN_FORCE, titleCode, date));
    }

    /** @return the citations of whole honors, in their order */
    static List<HonorCitation> cite(List<Honor> honors) {
        List<HonorCitation> cited = new ArrayList<>(honors.size());
        for (Honor h : honors) {
            cited.add(HonorCitation.of(h));
        }
        return cited;
    }

    /**
     * Decides from the facts read.
     *
     * @param birthDate the artisan's birth date; null where none was read for the artisan, which leaves an age
     *     condition unmet, saying so
     * @param honors the artisan's honors, of any kind and in any order
     */
    static PriorityDecision decide(PriorityPolicy policy, ArtisanId artisanId, LocalDate birthDate,
            List<HonorCitation> honors, LocalDate asOf) {
        return new OnePolicy(policy, asOf).decide(artisanId, birthDate, honors);
    }

    /**
     * Decides for many artisans under one policy, on one date, as a bulk check does. Most artisans hold none of
     * the honors the policy names, and their results then depend on their age alone, if on anything: those
     * results are made once per age and shared by every such decision, which saves a bulk check of 100,000
     * most of its allocation. The facts an honor's result cites are shared too, by naming decision: a round's
     * honors cite the same tier, year and number. Not thread-safe: one per check.
     */
    static final class OnePolicy {
        private final PriorityPolicy policy;
        private final PriorityCondition[] conditions;
        private final LocalDate asOf;
        private final boolean needsAge;
        /** Results of artisans without honors, by age: ages 0 to {@link #AGES} - 1 in an array, others in a map. */
        @SuppressWarnings("unchecked")
        private final List<ConditionResult>[] byAge = new List[AGES];
        private final Map<Integer, List<ConditionResult>> byOtherAge = new HashMap<>();
        /** Results of age conditions, by condition index then age. */
        private final List<Map<Integer, ConditionResult>> ageResults = new ArrayList<>();
        /**
         * The epoch day of the date {@code k} years before the decision date, for each {@code k} below {@link
         * #AGES}, falling: a birth day on or before the {@code k}-th is an age of at least {@code k}.
         */
        private final long[] yearsBefore = new long[AGES];
        /** Facts cited for honors, by decision number; see {@link #fact}. */
        private final Map<String, CitedFact> facts = new HashMap<>();
        /** Results of artisans without honors where the policy asks no age, or none is on record. */
        private List<ConditionResult> ageless;

        OnePolicy(PriorityPolicy policy, LocalDate asOf) {
            this.policy = policy;
            this.conditions = policy.conditions().toArray(PriorityCondition[]::new);
            this.asOf = asOf;
            this.needsAge = needsBirthDates(policy);
            for (int i = 0; i < conditions.length; i++) {
                ageResults.add(new HashMap<>());
            }
            for (int k = 0; k < AGES; k++) {
                yearsBefore[k] = asOf.minusYears(k).toEpochDay();
            }
        }

        /**
         * Decides for one artisan.
         *
         * @param birthDate the birth date, or null where none was read
         * @param honors the artisan's honors, of any kind and in any order
         */
        PriorityDecision decide(ArtisanId artisanId, LocalDate birthDate, List<HonorCitation> honors) {
            return decide(artisanId, birthDate == null ? DayByArtisan.NONE : birthDate.toEpochDay(), honors);
        }

        /**
         * Decides for one artisan, as {@link #decide(ArtisanId, LocalDate, List)} does, from the birth date's
         * epoch day: most artisans' age is looked up among the days of {@link #yearsBefore}, with no date made.
         *
         * @param birthDay the birth date's epoch day, or {@link DayByArtisan#NONE} where none was read
         */
        PriorityDecision decide(ArtisanId artisanId, long birthDay, List<HonorCitation> honors) {
            List<ConditionResult> results;
            if (!honors.isEmpty()) {
                results = results(birthDate(birthDay), honors);
            } else if (needsAge && birthDay != DayByArtisan.NONE) {
                int age = age(birthDay);
                results = age >= 0 && age < AGES ? byAge[age] : byOtherAge.get(age);
                if (results == null) {
                    results = results(birthDate(birthDay), honors);
                    if (age >= 0 && age < AGES) {
                        byAge[age] = results;
                    } else {
                        byOtherAge.put(age, results);
                    }
                }
            } else {
                if (ageless == null) {
                    ageless = results(birthDate(birthDay), honors);
                }
                results = ageless;
            }
            return new PriorityDecision(artisanId, policy.titleCode(), asOf, policy.id(), policy.version(), results);
        }

        /**
         * Returns the age on the decision date of someone born on an epoch day, as {@link
         * PriorityEvaluator#age} does: by a binary search of {@link #yearsBefore} for ages 0 to {@link #AGES} - 1.
         */
        int age(long birthDay) {
            if (birthDay > yearsBefore[0] || birthDay <= yearsBefore[AGES - 1]) {
                return PriorityEvaluator.age(LocalDate.ofEpochDay(birthDay), asOf);
            }
            // The largest k with birthDay <= yearsBefore[k]: yearsBefore falls as k grows.
            int low = 0;
            int high = AGES - 1;
            while (low + 1 < high) {
                int middle = (low + high) >>> 1;
                if (birthDay <= yearsBefore[middle]) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        private List<ConditionResult> results(LocalDate birthDate, List<HonorCitation> honors) {
            ConditionResult[] results = new ConditionResult[conditions.length];
            for (int i = 0; i < conditions.length; i++) {
                results[i] = evaluate(i, birthDate, honors);
            }
            return List.of(results);
        }

        private ConditionResult evaluate(int index, LocalDate birthDate, List<HonorCitation> honors) {
            PriorityCondition condition = conditions[index];
            if (condition instanceof PriorityCondition.AgedAtMost aged) {
                if (birthDate == null) {
                    return new ConditionResult(condition, false, NO_BIRTH_DATE, Optional.empty());
                }
                if (birthDate.isAfter(asOf)) {
                    // A decision dated before the birth (a mistyped year): no age, and no priority for being young.
                    return new ConditionResult(condition, false, new Fact("fact.age.unborn", asOf.toString()), Optional.empty());
                }
                int age = PriorityEvaluator.age(birthDate, asOf);
                return ageResults.get(index).computeIfAbsent(age, a -> new ConditionResult(condition, a <= aged.years(),
                        new Fact("fact.age", String.valueOf(a), asOf.toString()), Optional.empty()));
            }
            PriorityCondition.HoldsHonor holds = (PriorityCondition.HoldsHonor) condition;
            // The honor cited is the first by id of its state, whatever order the honors were read in, so that a
            // bulk check cites what a single check does. Plain loops: this runs for every holder of a bulk check.
            HonorCitation active = null;
            HonorCitation revoked = null;
            HonorCitation later = null;
            HonorKind kind = holds.kind();
            for (int i = 0; i < honors.size(); i++) {
                HonorCitation h = honors.get(i);
                if (!kind.includes(h)) {
                    continue;
                }
                if (h.isActiveOn(asOf)) {
                    active = first(active, h);
                } else if (h.revokedFrom().isPresent() && !h.revokedFrom().get().isAfter(asOf)) {
                    revoked = first(revoked, h);
                } else if (h.decisionDate().isAfter(asOf)) {
                    later = first(later, h);
                }
            }
            if (active != null) {
                return new ConditionResult(condition, true, fact("fact.honor.active", active, null), Optional.of(active));
            }
            if (revoked != null) {
                return new ConditionResult(condition, false, fact("fact.honor.revoked", revoked, revoked.revokedFrom().get()),
                        Optional.of(revoked));
            }
            if (later != null) {
                return new ConditionResult(condition, false, fact("fact.honor.notYet", later, later.decisionDate()),
                        Optional.of(later));
            }
            return new ConditionResult(condition, false, NO_HONOR, Optional.empty());
        }

        /** Returns the fact citing an honor, shared with every honor of the same decision that cites the same. */
        private Fact fact(String key, HonorCitation h, LocalDate date) {
            CitedFact cached = facts.get(h.decisionNumber());
            if (cached != null && cached.key.equals(key) && cached.tierName.equals(h.tierName()) && cached.year == h.year()
                    && Objects.equals(cached.date, date)) {
                return cached.fact;
            }
            Fact fact = date == null
                    ? new Fact(key, h.tierName(), String.valueOf(h.year()), h.decisionNumber())
                    : new Fact(key, h.tierName(), String.valueOf(h.year()), h.decisionNumber(), date.toString());
            facts.put(h.decisionNumber(), new CitedFact(key, h.tierName(), h.year(), date, fact));
            return fact;
        }
    }

    /** Ages a bulk check looks up in an array rather than a map, from 0: a working life and more. */
    private static final int AGES = 128;

    private static LocalDate birthDate(long birthDay) {
        return birthDay == DayByArtisan.NONE ? null : LocalDate.ofEpochDay(birthDay);
    }

    private record CitedFact(String key, String tierName, int year, LocalDate date, Fact fact) {
    }

    /**
     * Returns the age in whole years on a date, as {@code Period.between(birthDate, asOf).getYears()} does,
     * without making a {@code Period} for each of a million artisans.
     */
    static int age(LocalDate birthDate, LocalDate asOf) {
        if (birthDate.isAfter(asOf)) {
            return Period.between(birthDate, asOf).getYears();
        }
        int years = asOf.getYear() - birthDate.getYear();
        int month = asOf.getMonthValue() - birthDate.getMonthValue();
        return month < 0 || month == 0 && asOf.getDayOfMonth() < birthDate.getDayOfMonth() ? years - 1 : years;
    }

    private static HonorCitation first(HonorCitation found, HonorCitation h) {
        return found == null || h.id().value() < found.id().value() ? h : found;
    }
}
