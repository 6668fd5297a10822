package org.talentregistry.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentregistry.eligibility.Eligibility;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.title.PriorityDecision;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.RankedApplicant;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleApplication;

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
        Map<String, Integer> perCity = new HashMap<>();
        int selected = 0;
        int position = 0;
        Entry previous = null;
        for (List<Entry> group : groups) {
            group.sort(withinGroup);
            for (int i = 0; i < group.size(); i++) {
                Entry e = group.get(i);
                Optional<String> reason = previous == null ? Optional.empty()
                        : Optional.of(i == 0 ? lowerScore(previous, e) : against(group.get(i - 1), e, policy));
                previous = e;
                boolean select = false;
                String city = e.regionCode().substring(0, 4);
                var quota = title.cityQuota(e.regionCode());
                Optional<String> note = reason;
                if (selected >= title.roundCap()) {
                    note = Optional.of("not selected: the round cap of " + title.roundCap() + " is reached"
                            + reason.map(r -> "; " + r).orElse(""));
                } else if (quota.isPresent() && perCity.getOrDefault(city, 0) >= quota.getAsInt()) {
                    note = Optional.of("not selected: the quota of " + quota.getAsInt() + " for city " + city + " is reached"
                            + reason.map(r -> "; " + r).orElse(""));
                } else {
                    select = true;
                    selected++;
                    perCity.merge(city, 1, Integer::sum);
                }
                ranked.add(new RankedApplicant(++position, e.application().artisanId(), e.name(), e.application().score(),
                        e.verdict(), e.priority(), select, note));
            }
        }
        entries.stream().filter(e -> e.verdict().status() == Eligibility.INELIGIBLE).sorted(BY_SCORE)
                .forEach(e -> ranked.add(new RankedApplicant(0, e.application().artisanId(), e.name(), e.application().score(),
                        e.verdict(), e.priority(), false, Optional.of("ineligible: priority does not apply"))));
        return ranked;
    }

    /** Why {@code below} stands below {@code above} within a group of equal scores. */
    private static String against(Entry above, Entry below, PriorityPolicy policy) {
        PriorityDecision a = above.priority();
        PriorityDecision b = below.priority();
        for (int i = 0; i < a.results().size(); i++) {
            if (a.results().get(i).met() != b.results().get(i).met()) {
                return "equal score" + tolerance(policy) + "; priority to the applicant above: "
                        + a.results().get(i).condition().ruleEn();
            }
        }
        BigDecimal diff = above.application().score().subtract(below.application().score());
        if (diff.signum() != 0) {
            return "equal score" + tolerance(policy) + ", same priority; higher score above";
        }
        if (!above.application().appliedAt().equals(below.application().appliedAt())) {
            return "equal score, same priority; final tie-break: earlier application";
        }
        return "equal score, same priority, applied at the same moment; final tie-break: lower artisan id";
    }

    /** Why the first of a score group stands below the last of the group above. */
    private static String lowerScore(Entry above, Entry below) {
        return "lower score than the applicant above (" + below.application().score().toPlainString() + " vs "
                + above.application().score().toPlainString() + "); priority applies only among equal scores";
    }

    private static String tolerance(PriorityPolicy policy) {
        return policy.scoreTolerance().signum() == 0 ? "" : " within " + policy.scoreTolerance().toPlainString();
    }
}
