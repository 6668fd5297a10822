package org.talentregistry.eligibility;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.talentregistry.AcceptedValues;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgramId;

import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;

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
     * Returns the rule as text, e.g. "skill level at or above 技师 (hard)".
     *
     * @return the text, not null
     */
    String describe();

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
            throw new InvalidFieldException("criterion.id", "must be 1-40 lower-case letters, digits, '_' or '-', got "
                    + Texts.quote(id));
        }
        return id;
    }

    private static void titleCode(String code) {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new InvalidFieldException("criterion.titleCode", "must be 1-40 lower-case letters, digits or '-', got "
                    + Texts.quote(code));
        }
    }

    private static String severityText(Severity s) {
        return s == Severity.HARD ? " (hard)" : " (soft: flagged, not refused)";
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
        public String describe() {
            return "skill level at or above " + level.chineseName() + severityText(severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            List<SkillCertificate> valid = facts.artisan().certificatesValidOn(facts.asOf());
            var best = valid.stream().max((a, b) -> a.level().compareTo(b.level()));
            if (best.isEmpty()) {
                return CriterionResult.of(this, unmet(), "no certificate valid on " + facts.asOf());
            }
            SkillCertificate c = best.get();
            String text = "level " + c.level().chineseName() + " from certificate " + c.number() + " valid on " + facts.asOf();
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
        public String describe() {
            return "at least " + years + " years in the trade" + severityText(severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            int served = facts.artisan().yearsInTradeAsOf(facts.asOf());
            String text = served + " full years since " + facts.artisan().details().startedInTradeOn();
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
        public String describe() {
            return "aged " + years + " or under" + severityText(severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            int age = facts.artisan().residentId().ageOn(facts.asOf());
            return CriterionResult.of(this, age <= years ? Outcome.MET : unmet(), "aged " + age + " on " + facts.asOf());
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
        public String describe() {
            return "in service" + severityText(severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            return facts.declarations().declaredInService()
                    .map(in -> CriterionResult.of(this, in ? Outcome.MET : unmet(),
                            in ? "declared in service" : "declared not in service"))
                    .orElseGet(() -> CriterionResult.of(this, Outcome.FLAGGED, "not declared"));
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
        public String describe() {
            return "no criminal record or work-safety accident" + severityText(severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            return facts.declarations().declaredRecord()
                    .map(r -> CriterionResult.of(this, unmet(), "a record was declared"))
                    .orElseGet(() -> CriterionResult.of(this, Outcome.MET, "none declared"));
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
        public String describe() {
            return "holds an honor of program " + program
                    + (tierCodes.isEmpty() ? "" : " in tier " + tierCodes.stream().sorted().collect(Collectors.joining("/")))
                    + severityText(severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            return facts.honors().stream()
                    .filter(h -> h.programId().equals(program))
                    .filter(h -> tierCodes.isEmpty() || tierCodes.contains(h.tierCode()))
                    .filter(h -> h.isActiveOn(facts.asOf()))
                    .findFirst()
                    .map(h -> CriterionResult.of(this, Outcome.MET, "holds " + h.describe()))
                    .orElseGet(() -> CriterionResult.of(this, unmet(), "no such honor active on " + facts.asOf()));
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
        public String describe() {
            return "holds the title " + titleCode + severityText(severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            return facts.titles().stream()
                    .filter(t -> t.titleCode().equals(titleCode) && t.isActiveOn(facts.asOf()))
                    .findFirst()
                    .map(t -> CriterionResult.of(this, Outcome.MET, "holds " + t.titleName() + " since " + t.startsOn()
                            + t.endsOn().map(e -> " until " + e).orElse("")))
                    .orElseGet(() -> CriterionResult.of(this, unmet(), "does not hold " + titleCode + " on " + facts.asOf()));
        }
    }

    /**
     * The artisan was selected for a title fewer than a number of times before ("no one selected twice already").
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
                throw new InvalidFieldException("criterion.maxSelections", "must be at least 1, got " + maxSelections);
            }
        }

        @Override
        public String describe() {
            return "selected for " + titleCode + " at most " + maxSelections + " times" + severityText(severity);
        }

        @Override
        public CriterionResult evaluate(EligibilityFacts facts) {
            long before = facts.titles().stream()
                    .filter(t -> t.titleCode().equals(titleCode) && t.startsOn().isBefore(facts.asOf())).count();
            return CriterionResult.of(this, before < maxSelections ? Outcome.MET : unmet(),
                    "selected " + before + " times before " + facts.asOf());
        }
    }
}
