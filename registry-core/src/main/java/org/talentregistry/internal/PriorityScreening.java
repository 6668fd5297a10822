package org.talentregistry.internal;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.title.PriorityDecision;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.PriorityScreen;

/**
 * A screen's answers: the ids as given, one set of positions per condition met, and the positions with
 * priority. A decision is made by the service when asked.
 */
final class PriorityScreening implements PriorityScreen {
    private final PriorityPolicy policy;
    private final LocalDate asOf;
    private final List<ArtisanId> ids;
    private final BitSet[] met;
    private final BitSet priority;
    private final IntFunction<PriorityDecision> decide;

    /**
     * Creates the answers.
     *
     * @param ids the ids as given, a list no one else holds; kept, not copied
     * @param met for each condition in the policy's order, the positions that meet it; kept, not copied
     * @param decide makes the decision of a position when asked
     */
    PriorityScreening(PriorityPolicy policy, LocalDate asOf, List<ArtisanId> ids, BitSet[] met,
            IntFunction<PriorityDecision> decide) {
        this.policy = policy;
        this.asOf = asOf;
        this.ids = ids;
        this.met = met;
        this.decide = decide;
        priority = new BitSet(ids.size());
        for (BitSet m : met) {
            priority.or(m);
        }
    }

    @Override
    public String titleCode() {
        return policy.titleCode();
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public PriorityPolicy policy() {
        return policy;
    }

    @Override
    public int size() {
        return ids.size();
    }

    @Override
    public ArtisanId artisanId(int index) {
        return ids.get(index);
    }

    @Override
    public boolean hasPriority(int index) {
        return priority.get(Objects.checkIndex(index, ids.size()));
    }

    @Override
    public boolean meets(int index, int condition) {
        return met[Objects.checkIndex(condition, met.length)].get(Objects.checkIndex(index, ids.size()));
    }

    @Override
    public IntStream withPriority() {
        return priority.stream();
    }

    @Override
    public IntStream meeting(int condition) {
        return met[Objects.checkIndex(condition, met.length)].stream();
    }

    @Override
    public int countWithPriority() {
        return priority.cardinality();
    }

    @Override
    public PriorityDecision decision(int index) {
        return decide.apply(Objects.checkIndex(index, ids.size()));
    }

    @Override
    public String toString() {
        return "PriorityScreen[" + policy.titleCode() + ", " + policy.id() + " v" + policy.version() + ", " + asOf + ", "
                + countWithPriority() + " of " + ids.size() + " with priority]";
    }
}
