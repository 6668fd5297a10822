package org.talentregistry.eligibility;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.talentregistry.AcceptedValues;
import org.talentregistry.FieldFormat;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.Message;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgramId;

import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;
import org.talentregistry.title.TitleAward;

/**
 * An eligibility condition of an honor program or a technician title. Criteria are data: each has an id
 * unique within its program, a {@link Severity}, and a readable rule; {@link #evaluate} gives one verdict
 * line with the facts used.
 */
public sealed interface Criterion {

    /**
     * Returns the criterion's id, unique within its program or title.
     *
     * @return the id, not null
     */
    String id();

    /**
     * Returns whether an unmet criterion refuses or flags.
     *
     * @return the severity, not null
     */
    Severity severity();

    /**
     * Returns the rule in Chinese and English, e.g. "skill level at or above technician (level 2) (hard)",
     * "职业技能等级技师及以上（硬性条件）".
     *
     * @return the rule, not null
     */
    Message rule();

    /**
     * Returns the rule in English, e.g. "skill level at or above technician (level 2) (hard)".
     *
     * @return the text, not null
     */
    default String describe() {
        return rule().en();
    }

    /**
     * Evaluates the criterion.
     *
     * @param facts the facts, not null
     * @return one verdict line, not null
     */
    CriterionResult evaluate(EligibilityFacts facts);

    /**
     * Returns the outcome of an unmet criterion of this severity.
     *
     * @return {@link Outcome#NOT_MET} for hard criteria, {@link Outcome#FLAGGED} for soft ones
     */
    default Outcome unmet() {
        return severity() == Severity.HARD ? Outcome.NOT_MET : Outcome.FLAGGED;
    }

    private static String id(String id) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9_-]{0,39}")) {
            throw new InvalidFieldException("criterion.id", FieldProblem.MALFORMED, FieldFormat.ID_40, Texts.quote(id));
        }
        return id;
    }

    private static void titleCode(String code) {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new InvalidFieldException("criterion.titleCode", FieldProblem.MALFORMED, FieldFormat.CODE_40,
                    Texts.quote(code));
        }
    }

    /**
     * The artisan's skill level on the date, from the certificates valid then, is at or above a level.
     *
     * @param id the id
     * @param severity the severity
     * @param level the lowest accepted level
     */
    record MinimumSkillLevel(String id, Severity severity, SkillLevel level) implements Criterion {
        /**
         * Creates the criterion.
         *
         * @param id the id, not null
         * @param severity the severity, not null
         * @param level the level, not null
         */
        public MinimumSkillLevel {
            Criterion.id(id);
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(level, "level");
        }

        @Override
        public Message rule() {
            return Message.of(CriterionText.RULE_MINIMUM_LEVEL, level, severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            List<SkillCertificate> valid = facts.artisan().certificatesValidOn(facts.asOf());
            var best = valid.stream().max((a, b) -> a.level().compareTo(b.level()));
            if (best.isEmpty()) {
                return CriterionResult.of(this, unmet(), Message.of(CriterionText.FACT_NO_CERTIFICATE, facts.asOf()));
            }
            SkillCertificate c = best.get();
            Message text = Message.of(CriterionText.FACT_LEVEL_FROM_CERTIFICATE, c.level(), c.number(),
                    facts.asOf());
            return CriterionResult.of(this, c.level().isAtLeast(level) ? Outcome.MET : unmet(), text);
        }
    }

    /**
     * The artisan has worked in the trade for at least a number of full years on the date.
     *
     * @param id the id
     * @param severity the severity
     * @param years the fewest full years
     */
    record MinimumYearsInTrade(String id, Severity severity, int years) implements Criterion {
        /**
         * Creates the criterion.
         *
         * @param id the id, not null
         * @param severity the severity, not null
         * @param years 0 to {@link AcceptedValues#MAX_YEARS_IN_TRADE}
         */
        public MinimumYearsInTrade {
            Criterion.id(id);
            Objects.requireNonNull(severity, "severity");
            Ranges.between("criterion.years", years, 0, AcceptedValues.MAX_YEARS_IN_TRADE);
        }

        @Override
        public Message rule() {
            return Message.of(CriterionText.RULE_MINIMUM_YEARS, years, severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            int served = facts.artisan().yearsInTradeAsOf(facts.asOf());
            Message text = Message.of(CriterionText.FACT_YEARS_IN_TRADE, served, facts.artisan().details().startedInTradeOn());
            return CriterionResult.of(this, served >= years ? Outcome.MET : unmet(), text);
        }
    }

    /**
     * The artisan is at most a given age on the date.
     *
     * @param id the id
     * @param severity the severity; "一般不超过50周岁" is soft
     * @param years the highest accepted age in full years
     */
    record MaximumAge(String id, Severity severity, int years) implements Criterion {
        /**
         * Creates the criterion.
         *
         * @param id the id, not null
         * @param severity the severity, not null
         * @param years the age limit, {@link AcceptedValues#MIN_AGE} to {@link AcceptedValues#MAX_AGE}
         */
        public MaximumAge {
            Criterion.id(id);
            Objects.requireNonNull(severity, "severity");
            Ranges.between("criterion.years", years, AcceptedValues.MIN_AGE, AcceptedValues.MAX_AGE);
        }

        @Override
        public Message rule() {
            return Message.of(CriterionText.RULE_MAXIMUM_AGE, years, severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            if (facts.asOf().isBefore(facts.artisan().birthDate())) {
                // A round dated before the artisan's birth (a mistyped year, a past round entered late): no age to
                // compare, so a person looks at it whatever the severity. The birth date itself is not shown.
                return CriterionResult.of(this, Outcome.FLAGGED,
                        Message.of(CriterionText.FACT_BORN_AFTER, facts.asOf()));
            }
            int age = facts.artisan().ageOn(facts.asOf());
            return CriterionResult.of(this, age <= years ? Outcome.MET : unmet(),
                    Message.of(CriterionText.FACT_AGED, age, facts.asOf()));
        }
    }

    /**
     * The candidate declares being in service (not retired). Not declared: flagged for a person.
     *
     * @param id the id
     * @param severity the severity
     */
    record InService(String id, Severity severity) implements Criterion {
        /**
         * Creates the criterion.
         *
         * @param id the id, not null
         * @param severity the severity, not null
         */
        public InService {
            Criterion.id(id);
            Objects.requireNonNull(severity, "severity");
        }

        @Override
        public Message rule() {
            return Message.of(CriterionText.RULE_IN_SERVICE, severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            return facts.declarations().declaredInService()
                    .map(in -> CriterionResult.of(this, in ? Outcome.MET : unmet(),
                            Message.of(in ? CriterionText.FACT_DECLARED_IN_SERVICE : CriterionText.FACT_DECLARED_NOT_IN_SERVICE)))
                    .orElseGet(() -> CriterionResult.of(this, Outcome.FLAGGED, Message.of(CriterionText.FACT_NOT_DECLARED)));
        }
    }

    /**
     * The candidate declares no criminal record or work-safety accident.
     *
     * @param id the id
     * @param severity the severity
     */
    record NoDisqualifyingRecord(String id, Severity severity) implements Criterion {
        /**
         * Creates the criterion.
         *
         * @param id the id, not null
         * @param severity the severity, not null
         */
        public NoDisqualifyingRecord {
            Criterion.id(id);
            Objects.requireNonNull(severity, "severity");
        }

        @Override
        public Message rule() {
            return Message.of(CriterionText.RULE_NO_RECORD, severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            return facts.declarations().declaredRecord()
                    .map(r -> CriterionResult.of(this, unmet(), Message.of(CriterionText.FACT_RECORD_DECLARED)))
                    .orElseGet(() -> CriterionResult.of(this, Outcome.MET, Message.of(CriterionText.FACT_NO_RECORD_DECLARED)));
        }
    }

    /**
     * The artisan holds, active on the date, an honor of a program, optionally of given tiers.
     *
     * @param id the id
     * @param severity the severity
     * @param program the program whose honor is required
     * @param tierCodes the accepted tiers; empty for any tier
     */
    record HoldsHonor(String id, Severity severity, HonorProgramId program, Set<String> tierCodes) implements Criterion {
        /**
         * Creates the criterion.
         *
         * @param id the id, not null
         * @param severity the severity, not null
         * @param program the program, not null
         * @param tierCodes the tiers, not null
         */
        public HoldsHonor {
            Criterion.id(id);
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(tierCodes, "tierCodes").forEach(code -> Texts.tierCode("criterion.tierCodes", code));
            tierCodes = Set.copyOf(tierCodes);

        }

        @Override
        public Message rule() {
            return tierCodes.isEmpty() ? Message.of(CriterionText.RULE_HOLDS_HONOR, program.toString(), severity)
                    : Message.of(CriterionText.RULE_HOLDS_HONOR_IN_TIERS, program.toString(),
                            tierCodes.stream().sorted().collect(Collectors.joining("/")), severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            return facts.honors().stream()
                    .filter(h -> h.programId().equals(program))
                    .filter(h -> tierCodes.isEmpty() || tierCodes.contains(h.tierCode()))
                    .filter(h -> h.isActiveOn(facts.asOf()))
                    .findFirst()
                    .map(h -> CriterionResult.of(this, Outcome.MET, Message.of(CriterionText.FACT_HOLDS_HONOR, h.citation())))
                    .orElseGet(() -> CriterionResult.of(this, unmet(), Message.of(CriterionText.FACT_NO_HONOR, facts.asOf())));
        }
    }

    /**
     * The artisan holds a technician title on the date (a provincial title that requires the municipal one).
     *
     * @param id the id
     * @param severity the severity
     * @param titleCode the title required
     */
    record HoldsTitle(String id, Severity severity, String titleCode) implements Criterion {
        /**
         * Creates the criterion.
         *
         * @param id the id, not null
         * @param severity the severity, not null
         * @param titleCode the title's code, 1-40 lower-case letters, digits or '-', not null
         */
        public HoldsTitle {
            Criterion.id(id);
            Objects.requireNonNull(severity, "severity");
            Criterion.titleCode(titleCode);
        }

        @Override
        public Message rule() {
            return Message.of(CriterionText.RULE_HOLDS_TITLE, titleCode, severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            return facts.titles().stream()
                    .filter(t -> t.titleCode().equals(titleCode) && t.isActiveOn(facts.asOf()))
                    .findFirst()
                    .map(t -> CriterionResult.of(this, Outcome.MET, t.heldUntil()
                            .map(end -> Message.of(CriterionText.FACT_HOLDS_TITLE_UNTIL, t.titleName(), t.startsOn(), end))
                            .orElseGet(() -> Message.of(CriterionText.FACT_HOLDS_TITLE, t.titleName(), t.startsOn()))))
                    .orElseGet(() -> CriterionResult.of(this, unmet(),
                            Message.of(CriterionText.FACT_NO_TITLE, titleCode, facts.asOf())));
        }
    }

    /**
     * The artisan was selected for a title fewer than a number of times before ("no one selected twice already").
     * Counted are the titles the facts hold that started before their date and, as well, any that start on or
     * after it: a round decided later than a round dated after it is given the selections already made in those
     * rounds, so that selecting rounds out of date order does not go past the limit.
     *
     * @param id the id
     * @param severity the severity
     * @param titleCode the title
     * @param maxSelections the most selections a person may have, including this one
     */
    record SelectionLimit(String id, Severity severity, String titleCode, int maxSelections) implements Criterion {
        /**
         * Creates the criterion.
         *
         * @param id the id, not null
         * @param severity the severity, not null
         * @param titleCode the title, not null
         * @param maxSelections at least 1
         */
        public SelectionLimit {
            Criterion.id(id);
            Objects.requireNonNull(severity, "severity");
            Criterion.titleCode(titleCode);
            if (maxSelections < 1) {
                throw new InvalidFieldException("criterion.maxSelections", FieldProblem.TOO_SMALL, 1, maxSelections);
            }
        }

        @Override
        public Message rule() {
            return Message.of(CriterionText.RULE_SELECTION_LIMIT, titleCode, maxSelections, severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            long before = 0;
            long since = 0;
            for (TitleAward t : facts.titles()) {
                if (t.titleCode().equals(titleCode)) {
                    if (t.startsOn().isBefore(facts.asOf())) {
                        before++;
                    } else {
                        since++;
                    }
                }
            }
            return CriterionResult.of(this, before + since < maxSelections ? Outcome.MET : unmet(), since == 0
                    ? Message.of(CriterionText.FACT_SELECTED_BEFORE, before, facts.asOf())
                    : Message.of(CriterionText.FACT_SELECTED_BEFORE_AND_SINCE, before, facts.asOf(), since));
        }
    }
}
