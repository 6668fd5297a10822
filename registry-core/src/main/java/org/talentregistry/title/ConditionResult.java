package org.talentregistry.title;

import java.util.Objects;
import java.util.Optional;
import org.talentregistry.honor.HonorCitation;

/**
 * One condition of a priority decision: met or not, and the fact behind it.
 *
 * @param condition the condition
 * @param met whether it holds on the decision date
 * @param fact the fact, as a message key of {@code org.talentregistry.title.Messages} with its arguments
 * @param honor the honor that meets a {@link PriorityCondition.HoldsHonor} condition, or that would have
 *     met it but was revoked or not yet granted on the date, as cited: the whole honor is read by its id
 *     through {@code TalentRegistry.honors()}
 */
public record ConditionResult(PriorityCondition condition, boolean met, Fact fact, Optional<HonorCitation> honor) {
    /**
     * Creates a result.
     *
     * @param condition not null
     * @param met whether met
     * @param fact not null
     * @param honor not null
     */
    public ConditionResult {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(honor, "honor");
    }

    /**
     * A message key and its arguments.
     *
     * @param key the key in the {@code Messages} bundle
     * @param args the arguments, formatted with {@link java.text.MessageFormat}
     */
    public record Fact(String key, Object... args) {
        /**
         * Creates a fact.
         *
         * @param key not null
         * @param args not null
         */
        public Fact {
            Objects.requireNonNull(key, "key");
            args = args.clone();
        }

        @Override
        public Object[] args() {
            return args.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Fact that && key.equals(that.key) && java.util.Arrays.equals(args, that.args);
        }

        @Override
        public int hashCode() {
            return key.hashCode() * 31 + java.util.Arrays.hashCode(args);
        }

        @Override
        public String toString() {
            return key + java.util.Arrays.toString(args);
        }
    }
}
