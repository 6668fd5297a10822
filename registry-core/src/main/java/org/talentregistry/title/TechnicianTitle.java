package org.talentregistry.title;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.talentregistry.AcceptedValues;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;

/**
 * A technician title a labour bureau awards, such as 淄博市首席技师: its eligibility rules, how many a round
 * may select, how often one person may be selected, per-city quotas (for provincial titles), and its term.
 *
 * @param code the title's code, unique within the tenant, e.g. {@code zibo-chief-technician}
 * @param name the title's name, e.g. 淄博市首席技师
 * @param criteria the eligibility rules, evaluated on the round date
 * @param roundCap the most a round may select, at least 1
 * @param maxSelectionsPerPerson the most times one person may be selected over time, or empty for no limit
 * @param termYears the term in years after which the title lapses, or empty for a title held for life
 * @param cityQuotas for provincial titles: the most a round may select per city, by the city's four-digit
 *     region prefix (e.g. {@code 3703} for Zibo); empty for no per-city quota
 */
public record TechnicianTitle(String code, String name, List<Criterion> criteria, int roundCap,
        Optional<Integer> maxSelectionsPerPerson, Optional<Integer> termYears, Map<String, Integer> cityQuotas) {

    /**
     * Creates a title, checking every field.
     *
     * @param code 1 to 40 lower-case letters, digits or '-', not null
     * @param name 1 to 100 characters, not null
     * @param criteria not null
     * @param roundCap at least 1
     * @param maxSelectionsPerPerson not null; if present, at least 1
     * @param termYears not null; if present, 1 to {@link AcceptedValues#MAX_TERM_YEARS}
     * @param cityQuotas not null; four-digit keys, positive values
     * @throws InvalidFieldException naming the faulty field
     */
    public TechnicianTitle {
        Texts.matching("title.code", code, "[a-z0-9][a-z0-9-]{0,39}", "1-40 lower-case letters, digits or '-'");
        name = Texts.required("title.name", name, 100);
        criteria = List.copyOf(criteria);
        if (roundCap < 1) {
            throw new InvalidFieldException("title.roundCap", FieldProblem.TOO_SMALL, "1", String.valueOf(roundCap));
        }
        Objects.requireNonNull(maxSelectionsPerPerson, "maxSelectionsPerPerson");
        maxSelectionsPerPerson.filter(n -> n < 1).ifPresent(n -> {
            throw new InvalidFieldException("title.maxSelectionsPerPerson", FieldProblem.TOO_SMALL, "1", String.valueOf(n));
        });
        Objects.requireNonNull(termYears, "termYears");
        termYears.ifPresent(n -> Ranges.between("title.termYears", n, 1, AcceptedValues.MAX_TERM_YEARS));
        Objects.requireNonNull(cityQuotas, "cityQuotas").forEach((city, quota) -> {
            if (city == null || !city.matches("[1-9][0-9]{3}") || quota == null || quota < 1) {
                throw new InvalidFieldException("title.cityQuotas", FieldProblem.NOT_A_CITY_QUOTA, Texts.quote(city),
                        String.valueOf(quota));
            }
        });
        cityQuotas = Map.copyOf(cityQuotas);
    }

    /**
     * Returns 淄博市首席技师 (Zibo Chief Technician) by the 2023 rules: technician (技师) or above on the round
     * date, in service on the front line, "generally not over 50" (soft), at most 30 a round, a four-year
     * term, and no one selected more than twice.
     *
     * @return the title, not null
     */
    public static TechnicianTitle ziboChiefTechnician() {
        return new TechnicianTitle("zibo-chief-technician", "淄博市首席技师",
                List.of(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN),
                        new Criterion.InService("front-line", Severity.HARD),
                        new Criterion.MaximumAge("age", Severity.SOFT, 50)),
                30, Optional.of(2), Optional.of(4), Map.of());
    }

    /**
     * Returns 淄博市有突出贡献的技师 (Zibo Technician with Outstanding Contribution): technician (技师) or above on
     * the round date, in service, no disqualifying record, at most 20 a round, held for life, selected once.
     *
     * @return the title, not null
     */
    public static TechnicianTitle ziboOutstandingContribution() {
        return new TechnicianTitle("zibo-outstanding-technician", "淄博市有突出贡献的技师",
                List.of(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN),
                        new Criterion.InService("in-service", Severity.HARD),
                        new Criterion.NoDisqualifyingRecord("record", Severity.HARD)),
                20, Optional.of(1), Optional.empty(), Map.of());
    }

    /**
     * Returns the per-city quota of a region.
     *
     * @param regionCode a six-digit region code, not null
     * @return the quota of the region's city, or empty when the title has none for it
     */
    public OptionalInt cityQuota(String regionCode) {
        Integer quota = cityQuotas.get(regionCode.substring(0, 4));
        return quota == null ? OptionalInt.empty() : OptionalInt.of(quota);
    }
}
