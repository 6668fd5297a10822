package org.talentregistry.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.talentregistry.Localizable;
import org.talentregistry.Message;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.CriterionResult;
import org.talentregistry.eligibility.Eligibility;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityDecision;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.RankedApplicant;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleApplication;
import org.talentregistry.title.TitleText;

/**
 * Ranks a title round's applicants. Pure: no store, no clock.
 *
 * <p>Eligible applicants (no hard rule unmet; a soft flag is shown, not refused) are ordered by score.
 * Scores within the policy's tolerance of the best score of their group count as equal; inside such a
 * group the priority conditions decide in the policy's order, then the score, then the earlier application,
 * then the artisan id. Priority therefore never lifts an applicant over a better score outside its group,
 * and ineligible applicants are never ranked or selected.
 */
final class TitleRanker {
    private TitleRanker() {
    }

    record Entry(TitleApplication application, String name, String regionCode, Verdict verdict, PriorityDecision priority) {
    }

    private static final Comparator<Entry> BY_SCORE = Comparator.comparing((Entry e) -> e.application().score()).reversed()
            .thenComparing(e -> e.application().appliedAt())
            .thenComparing(e -> e.application().artisanId());

    static List<RankedApplicant> rank(TechnicianTitle title, PriorityPolicy policy, List<Entry> entries) {
        Set<String> hard = title.criteria().stream().filter(c -> c.severity() == Severity.HARD).map(Criterion::id)
                .collect(Collectors.toSet());
        List<Entry> eligible = new ArrayList<>(entries.stream()
                .filter(e -> e.verdict().status() != Eligibility.INELIGIBLE).toList());
        eligible.sort(BY_SCORE);
        List<List<Entry>> groups = new ArrayList<>();
        for (Entry e : eligible) {
            List<Entry> current = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (current != null && current.get(0).application().score().subtract(e.application().score())
                    .compareTo(policy.scoreTolerance()) <= 0) {
                current.add(e);
            } else {
                List<Entry> group = new ArrayList<>();
                group.add(e);
                groups.add(group);
            }
        }
        Comparator<Entry> withinGroup = ((Comparator<Entry>) (a, b) -> a.priority().comparePriority(b.priority()))
                .thenComparing(BY_SCORE);
        List<RankedApplicant> ranked = new ArrayList<>();
        Map<IssuingRegion, Integer> perCity = new HashMap<>();
        int selected = 0;
        int position = 0;
        Entry previous = null;
        BigDecimal bestAbove = null;
        for (List<Entry> group : groups) {
            // The group's first by score, before priority reorders it: what the next group was measured against.
            BigDecimal best = group.get(0).application().score();
            group.sort(withinGroup);
            for (int i = 0; i < group.size(); i++) {
                Entry e = group.get(i);
                Optional<Message> reason = previous == null ? Optional.empty()
                        : Optional.of(i == 0 ? lowerScore(previous, bestAbove, e, policy) : against(group.get(i - 1), e, policy));
                previous = e;
                boolean select = false;
                IssuingRegion city = IssuingRegion.cityOf(e.regionCode());
                var quota = title.cityQuota(e.regionCode());
                Optional<Message> note = reason;
                Optional<CriterionResult> undecided = e.verdict().results().stream()
                        .filter(r -> r.isOpenFlag() && hard.contains(r.criterionId())).findFirst();
                if (undecided.isPresent()) {
                    // A hard condition nobody has decided (not declared): ranked, never selected until it is.
                    note = Optional.of(notSelected(Message.of(TitleText.HARD_CONDITION_UNDECIDED, undecided.get().rule()),
                            reason));
                } else if (selected >= title.roundCap()) {
                    note = Optional.of(notSelected(Message.of(TitleText.ROUND_CAP_REACHED, title.roundCap()), reason));
                } else if (quota.isPresent() && perCity.getOrDefault(city, 0) >= quota.getAsInt()) {
                    note = Optional.of(notSelected(Message.of(TitleText.CITY_QUOTA_REACHED, quota.getAsInt(), city), reason));
                } else {
                    select = true;
                    selected++;
                    perCity.merge(city, 1, Integer::sum);
                }
                ranked.add(new RankedApplicant(++position, e.application().artisanId(), e.name(), e.application().score(),
                        e.verdict(), e.priority(), select, note));
            }
            bestAbove = best;
        }
        entries.stream().filter(e -> e.verdict().status() == Eligibility.INELIGIBLE).sorted(BY_SCORE)
                .forEach(e -> ranked.add(new RankedApplicant(0, e.application().artisanId(), e.name(), e.application().score(),
                        e.verdict(), e.priority(), false, Optional.of(Message.of(TitleText.INELIGIBLE)))));
        return ranked;
    }

    private static Message notSelected(Message rule, Optional<Message> place) {
        return place.map(p -> Message.of(TitleText.BOTH, rule, p)).orElse(rule);
    }

    /** Why {@code below} stands below {@code above} within a group of equal scores. */
    private static Message against(Entry above, Entry below, PriorityPolicy policy) {
        PriorityDecision a = above.priority();
        PriorityDecision b = below.priority();
        boolean exact = policy.scoreTolerance().signum() == 0;
        for (int i = 0; i < a.results().size(); i++) {
            if (a.results().get(i).met() != b.results().get(i).met()) {
                PriorityCondition condition = a.results().get(i).condition();
                Localizable rule = new Rule(condition.ruleZh(), condition.ruleEn());
                return exact ? Message.of(TitleText.PRIORITY_ABOVE, rule)
                        : Message.of(TitleText.PRIORITY_ABOVE_WITHIN, policy.scoreTolerance().toPlainString(), rule);
            }
        }
        BigDecimal diff = above.application().score().subtract(below.application().score());
        if (diff.signum() != 0) {
            return Message.of(TitleText.HIGHER_SCORE_WITHIN, policy.scoreTolerance().toPlainString());
        }
        if (!above.application().appliedAt().equals(below.application().appliedAt())) {
            return Message.of(TitleText.EARLIER_APPLICATION);
        }
        return Message.of(TitleText.LOWER_ARTISAN_ID);
    }

    /** A condition's rule as an argument of a reason: a value, so that equal rankings stay equal. */
    private record Rule(String zh, String en) implements Localizable {
        @Override
        public String render(Locale locale) {
            return Catalog.chinese(locale) ? zh : en;
        }
    }

    /**
     * Why the first of a score group stands below the last of the group above: a lower score than that one, or,
     * where that one is within the tolerance of it, a score more than the tolerance below the group's best, which
     * is what put it in a group of its own.
     */
    private static Message lowerScore(Entry above, BigDecimal bestAbove, Entry below, PriorityPolicy policy) {
        BigDecimal score = below.application().score();
        if (above.application().score().subtract(score).compareTo(policy.scoreTolerance()) > 0) {
            return Message.of(TitleText.LOWER_SCORE, score.toPlainString(), above.application().score().toPlainString());
        }
        return Message.of(TitleText.LOWER_SCORE_BEYOND_TOLERANCE, score.toPlainString(), bestAbove.toPlainString(),
                policy.scoreTolerance().toPlainString());
    }
}
