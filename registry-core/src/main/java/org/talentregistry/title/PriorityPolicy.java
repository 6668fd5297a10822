package org.talentregistry.title;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.talentregistry.AcceptedValues;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;

/**
 * The priority rules of a title in force over a period: an ordered list of conditions. Priority is a
 * tie-break, not a bonus and not a waiver: it orders only applicants whose scores are equal (within {@link
 * #scoreTolerance()}), and it never makes an ineligible applicant eligible. Versions of a policy coexist; a
 * decision uses the version in force on its date and names it.
 *
 * @param id the policy's id, e.g. {@code zibo-chief-2023}
 * @param version the version, from 1
 * @param titleCode the title it applies to
 * @param validFrom the first day it is in force
 * @param validUntil the first day it is no longer in force, or empty while it has no end
 * @param scoreTolerance scores this close count as equal; zero for exactly equal
 * @param conditions the conditions, in order of precedence
 */
public record PriorityPolicy(String id, int version, String titleCode, LocalDate validFrom, Optional<LocalDate> validUntil,
        BigDecimal scoreTolerance, List<PriorityCondition> conditions) {
    /**
     * Creates a policy, checking every field.
     *
     * @param id 1 to 40 lower-case letters, digits or '-', not null
     * @param version at least 1
     * @param titleCode 1 to 40 lower-case letters, digits or '-', not null
     * @param validFrom not null, from {@link AcceptedValues#EARLIEST_DATE} to {@link AcceptedValues#LATEST_DATE}
     * @param validUntil not null; if present, after validFrom and at most {@link AcceptedValues#LATEST_DATE}
     *     (9999-12-31 for "no end" is accepted)
     * @param scoreTolerance not null, zero to below 1,000,000, at most {@link AcceptedValues#MAX_SCORE_SCALE}
     *     decimal places
     * @param conditions not null, ids unique
     * @throws InvalidFieldException naming the faulty field
     */
    public PriorityPolicy {
        Texts.matching("policy.id", id, "[a-z0-9][a-z0-9-]{0,39}", "1-40 lower-case letters, digits or '-'");
        if (version < 1) {
            throw new InvalidFieldException("policy.version", FieldProblem.TOO_SMALL, "1", String.valueOf(version));
        }
        Texts.matching("policy.titleCode", titleCode, "[a-z0-9][a-z0-9-]{0,39}", "1-40 lower-case letters, digits or '-'");
        Ranges.date("policy.validFrom", validFrom);
        Objects.requireNonNull(validUntil, "validUntil");
        validUntil.ifPresent(end -> Ranges.date("policy.validUntil", end));
        validUntil.filter(end -> !end.isAfter(validFrom)).ifPresent(end -> {
            throw new InvalidFieldException("policy.validUntil", FieldProblem.NOT_AFTER_FIELD, "validFrom",
                    validFrom.toString(), end.toString());
        });
        scoreTolerance = Ranges.decimal("policy.scoreTolerance", scoreTolerance, 6, AcceptedValues.MAX_SCORE_SCALE);
        if (scoreTolerance.signum() < 0) {
            throw new InvalidFieldException("policy.scoreTolerance", FieldProblem.NOT_ZERO_OR_POSITIVE,
                    Texts.quote(scoreTolerance));
        }

        conditions = List.copyOf(conditions);
        Set<String> ids = new HashSet<>();
        conditions.forEach(c -> {
            if (!ids.add(c.id())) {
                throw new InvalidFieldException("policy.conditions", FieldProblem.CONDITION_LISTED_TWICE, c.id());
            }
        });
    }

    /**
     * Tells whether the policy is in force on a date.
     *
     * @param date the date, not null
     * @return true if {@code validFrom <= date < validUntil}
     */
    public boolean isInForceOn(LocalDate date) {
        return !validFrom.isAfter(date) && validUntil.map(date::isBefore).orElse(true);
    }
}
