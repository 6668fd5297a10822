package org.talentregistry.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.Honor;
import org.talentregistry.title.ConditionResult;
import org.talentregistry.title.ConditionResult.Fact;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityDecision;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TitleRefusedException;

/** Decides priority from facts already read. Pure: no store, no clock. */
final class PriorityEvaluator {
    private PriorityEvaluator() {
    }

    /** The version in force on a date: among the versions in force, the latest. */
    static PriorityPolicy inForce(List<PriorityPolicy> policies, String titleCode, LocalDate date) {
        return policies.stream().filter(p -> p.isInForceOn(date))
                .max(Comparator.comparing(PriorityPolicy::validFrom).thenComparingInt(PriorityPolicy::version))
                .orElseThrow(() -> new TitleRefusedException(TitleRefusedException.Rule.NO_POLICY_IN_FORCE,
                        "no priority policy of title " + titleCode + " is in force on " + date));
    }

    static PriorityDecision decide(PriorityPolicy policy, ArtisanId artisanId, LocalDate birthDate, List<Honor> honors,
            LocalDate asOf) {
        List<ConditionResult> results = policy.conditions().stream()
                .map(c -> evaluate(c, birthDate, honors, asOf)).toList();
        return new PriorityDecision(artisanId, policy.titleCode(), asOf, policy.id(), policy.version(), results);
    }

    private static ConditionResult evaluate(PriorityCondition condition, LocalDate birthDate, List<Honor> honors,
            LocalDate asOf) {
        if (condition instanceof PriorityCondition.AgedAtMost aged) {
            int age = Period.between(birthDate, asOf).getYears();
            return new ConditionResult(condition, age <= aged.years(),
                    new Fact("fact.age", String.valueOf(age), asOf.toString()), Optional.empty());
        }
        PriorityCondition.HoldsHonor holds = (PriorityCondition.HoldsHonor) condition;
        List<Honor> relevant = honors.stream()
                .filter(h -> h.programId().equals(holds.program()))
                .filter(h -> holds.tierCodes().isEmpty() || holds.tierCodes().contains(h.tierCode()))
                .toList();
        Optional<Honor> active = relevant.stream().filter(h -> h.isActiveOn(asOf)).findFirst();
        if (active.isPresent()) {
            return new ConditionResult(condition, true, fact("fact.honor.active", active.get(), null), active);
        }
        Optional<Honor> revoked = relevant.stream()
                .filter(h -> h.revocation().map(r -> !r.effectiveOn().isAfter(asOf)).orElse(false)).findFirst();
        if (revoked.isPresent()) {
            return new ConditionResult(condition, false,
                    fact("fact.honor.revoked", revoked.get(), revoked.get().revocation().orElseThrow().effectiveOn()), revoked);
        }
        Optional<Honor> later = relevant.stream().filter(h -> h.decision().date().isAfter(asOf)).findFirst();
        if (later.isPresent()) {
            return new ConditionResult(condition, false, fact("fact.honor.notYet", later.get(), later.get().decision().date()), later);
        }
        return new ConditionResult(condition, false, new Fact("fact.honor.none"), Optional.empty());
    }

    private static Fact fact(String key, Honor h, LocalDate date) {
        return date == null
                ? new Fact(key, h.tierName(), String.valueOf(h.year()), h.decision().number())
                : new Fact(key, h.tierName(), String.valueOf(h.year()), h.decision().number(), date.toString());
    }
}
