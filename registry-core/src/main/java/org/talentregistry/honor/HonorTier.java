package org.talentregistry.honor;

import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Texts;

/**
 * A tier of an honor program, e.g. 金牌工匠 with 20 a year. Tiers are listed highest first: selection
 * fills the first tier's quota with the best composite scores, then the next tier's, and so on.
 *
 * @param code a short code unique within the program, e.g. {@code gold}
 * @param name the tier's name, e.g. {@code 淄博金牌工匠}
 * @param annualQuota how many honors of this tier a round may name, at least 1
 * @param entersTalentPool whether honorees of this tier enter the talent pool (人才库)
 */
public record HonorTier(String code, String name, int annualQuota, boolean entersTalentPool) {
    /**
     * Creates a tier.
     *
     * @param code 1 to 20 lower-case letters, digits or '-', not null
     * @param name 1 to 100 characters, not null
     * @param annualQuota at least 1
     * @param entersTalentPool whether honorees enter the pool
     * @throws InvalidFieldException naming {@code tier.code}, {@code tier.name} or {@code tier.annualQuota}
     */
    public HonorTier {
        Texts.tierCode("tier.code", code);

        name = Texts.required("tier.name", name, 100);
        if (annualQuota < 1) {
            throw new InvalidFieldException("tier.annualQuota", FieldProblem.TOO_SMALL, 1, annualQuota);
        }
    }
}
