package org.talentregistry.title;

import java.util.Objects;
import java.util.Set;
import org.talentregistry.AcceptedValues;
import org.talentregistry.FieldFormat;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.honor.HonorKind;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;

/**
 * One condition of a {@link PriorityPolicy}: a fact that gives an applicant priority among applicants whose
 * evaluation is otherwise equal. Conditions are data, with an id and the rule as a person reads it.
 */
public sealed interface PriorityCondition {

    /** @return the condition's id, unique within its policy */
    String id();

    /** @return the rule in Chinese, e.g. 持有淄博金牌工匠称号 */
    String ruleZh();

    /** @return the rule in English, e.g. "holds the Zibo Gold Medal Craftsman honor" */
    String ruleEn();

    private static void check(String id) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9_-]{0,39}")) {
            throw new InvalidFieldException("condition.id", FieldProblem.MALFORMED, FieldFormat.ID_40, Texts.quote(id));
        }
    }

    /**
     * The applicant holds, active on the decision date, an honor of a program (of given tiers, or any).
     * A revoked honor stops counting from its revocation's effective date.
     *
     * @param id the id
     * @param program the honor's program
     * @param tierCodes the accepted tiers, empty for any
     * @param ruleZh the rule in Chinese
     * @param ruleEn the rule in English
     */
    record HoldsHonor(String id, HonorProgramId program, Set<String> tierCodes, String ruleZh, String ruleEn)
            implements PriorityCondition {
        /**
         * Creates the condition.
         *
         * @param id not null
         * @param program not null
         * @param tierCodes not null
         * @param ruleZh 1 to 200 characters
         * @param ruleEn 1 to 200 characters
         */
        public HoldsHonor {
            check(id);
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(tierCodes, "tierCodes").forEach(code -> Texts.tierCode("condition.tierCodes", code));
            tierCodes = Set.copyOf(tierCodes);

            ruleZh = Texts.required("condition.ruleZh", ruleZh, 200);
            ruleEn = Texts.required("condition.ruleEn", ruleEn, 200);
        }

        /** @return the honors that can meet the condition, active or not */
        public HonorKind kind() {
            return new HonorKind(program, tierCodes);
        }
    }

    /**
     * The applicant is at most a given age on the decision date ("45周岁以下优先").
     *
     * @param id the id
     * @param years the highest age, in full years
     * @param ruleZh the rule in Chinese
     * @param ruleEn the rule in English
     */
    record AgedAtMost(String id, int years, String ruleZh, String ruleEn) implements PriorityCondition {
        /**
         * Creates the condition.
         *
         * @param id not null
         * @param years {@link AcceptedValues#MIN_AGE} to {@link AcceptedValues#MAX_AGE}
         * @param ruleZh 1 to 200 characters
         * @param ruleEn 1 to 200 characters
         */
        public AgedAtMost {
            check(id);
            Ranges.between("condition.years", years, AcceptedValues.MIN_AGE, AcceptedValues.MAX_AGE);

            ruleZh = Texts.required("condition.ruleZh", ruleZh, 200);
            ruleEn = Texts.required("condition.ruleEn", ruleEn, 200);
        }
    }
}
