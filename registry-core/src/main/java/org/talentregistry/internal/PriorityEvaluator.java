package org.talentregistry.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.Honor;
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
                .max(Comparator.comparing(PriorityPolicy::validFrom).thenComparingInt(PriorityPolicy::version))
                .orElseThrow(() -> new TitleRefusedException(TitleRefusedException.Rule.NO_POLICY_IN_FORCE, titleCode, date));
    }

    /**
     * Decides from the facts read.
     *
     * @param birthDate the artisan's birth date; null where none was read for the artisan, which leaves an age
     *     condition unmet, saying so
     */
    static PriorityDecision decide(PriorityPolicy policy, ArtisanId artisanId, LocalDate birthDate, List<Honor> honors,
            LocalDate asOf) {
        List<ConditionResult> results = new ArrayList<>(policy.conditions().size());
        for (PriorityCondition c : policy.conditions()) {
            results.add(evaluate(c, birthDate, honors, asOf));
        }
        return new PriorityDecision(artisanId, policy.titleCode(), asOf, policy.id(), policy.version(), results);
    }

    /**
     * Decides for many artisans under one policy, on one date, as a bulk check does. Most artisans hold none of
     * the honors the policy names, and their results then depend on their age alone, if on anything: those
     * results are made once per age and shared by every such decision, which saves a bulk check of 100,000
     * most of its allocation. Not thread-safe: one per check.
     */
    static final class OnePolicy {
        private final PriorityPolicy policy;
        private final LocalDate asOf;
        private final boolean needsAge;
        /** Results of artisans without honors, by age. */
        private final Map<Integer, List<ConditionResult>> byAge = new HashMap<>();
        /** Results of artisans without honors where the policy asks no age, or none is on record. */
        private List<ConditionResult> ageless;

        OnePolicy(PriorityPolicy policy, LocalDate asOf) {
            this.policy = policy;
            this.asOf = asOf;
            this.needsAge = needsBirthDates(policy);
        }

        /**
         * Decides for one artisan, as {@link PriorityEvaluator#decide} would.
         *
         * @param birthDate the birth date, or null where none was read
         */
        PriorityDecision decide(ArtisanId artisanId, LocalDate birthDate, List<Honor> honors) {
            if (!honors.isEmpty()) {
                return PriorityEvaluator.decide(policy, artisanId, birthDate, honors, asOf);
            }
            List<ConditionResult> results;
            if (needsAge && birthDate != null) {
                int age = Period.between(birthDate, asOf).getYears();
                results = byAge.get(age);
                if (results == null) {
                    results = PriorityEvaluator.decide(policy, artisanId, birthDate, honors, asOf).results();
                    byAge.put(age, results);
                }
            } else {
                if (ageless == null) {
                    ageless = PriorityEvaluator.decide(policy, artisanId, birthDate, honors, asOf).results();
                }
                results = ageless;
            }
            return new PriorityDecision(artisanId, policy.titleCode(), asOf, policy.id(), policy.version(), results);
        }
    }

    private static ConditionResult evaluate(PriorityCondition condition, LocalDate birthDate, List<Honor> honors,
            LocalDate asOf) {
        if (condition instanceof PriorityCondition.AgedAtMost aged) {
            if (birthDate == null) {
                return new ConditionResult(condition, false, NO_BIRTH_DATE, Optional.empty());
            }
            int age = Period.between(birthDate, asOf).getYears();
            return new ConditionResult(condition, age <= aged.years(),
                    new Fact("fact.age", String.valueOf(age), asOf.toString()), Optional.empty());
        }
        PriorityCondition.HoldsHonor holds = (PriorityCondition.HoldsHonor) condition;
        // Plain loops: this runs for every artisan of a bulk check, most of whom hold no honor at all.
        Honor revoked = null;
        Honor later = null;
        HonorKind kind = holds.kind();
        for (Honor h : honors) {
            if (!kind.includes(h)) {
                continue;
            }
            if (h.isActiveOn(asOf)) {
                return new ConditionResult(condition, true, fact("fact.honor.active", h, null), Optional.of(h));
            }
            if (revoked == null && h.revocation().isPresent() && !h.revocation().get().effectiveOn().isAfter(asOf)) {
                revoked = h;
            }
            if (later == null && h.decision().date().isAfter(asOf)) {
                later = h;
            }
        }
        if (revoked != null) {
            return new ConditionResult(condition, false,
                    fact("fact.honor.revoked", revoked, revoked.revocation().orElseThrow().effectiveOn()), Optional.of(revoked));
        }
        if (later != null) {
            return new ConditionResult(condition, false, fact("fact.honor.notYet", later, later.decision().date()),
                    Optional.of(later));
        }
        return new ConditionResult(condition, false, NO_HONOR, Optional.empty());
    }

    private static Fact fact(String key, Honor h, LocalDate date) {
        return date == null
                ? new Fact(key, h.tierName(), String.valueOf(h.year()), h.decision().number())
                : new Fact(key, h.tierName(), String.valueOf(h.year()), h.decision().number(), date.toString());
    }
}
