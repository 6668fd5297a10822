package org.talentregistry.title;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.Localizable;
import org.talentregistry.Message;
import org.talentregistry.internal.Ranges;

/**
 * A version of a title's rules in force over a period, like a {@link PriorityPolicy} version: 淄博市首席技师 by its
 * 2018 rules and by its 2023 rules are two versions of one title. The versions of a title never overlap; a
 * round is decided under the version in force on its round date.
 *
 * @param version the version, from 1, in the order the versions were defined
 * @param validFrom the first day the rules are in force
 * @param validUntil the first day they no longer are, or empty while they have no end
 * @param rules the rules: criteria, level floor, age rules, cap, term, quotas
 */
public record TitleVersion(int version, LocalDate validFrom, Optional<LocalDate> validUntil, TechnicianTitle rules)
        implements Localizable {
    /**
     * Creates a version, checking every field.
     *
     * @param version at least 1
     * @param validFrom not null, from {@link org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link
     *     org.talentregistry.AcceptedValues#LATEST_DATE}
     * @param validUntil not null; if present, after validFrom and at most {@link
     *     org.talentregistry.AcceptedValues#LATEST_DATE}
     * @param rules not null
     * @throws InvalidFieldException naming {@code version}, {@code validFrom} or {@code validUntil}
     */
    public TitleVersion {
        if (version < 1) {
            throw new InvalidFieldException("version", FieldProblem.TOO_SMALL, "1", String.valueOf(version));
        }
        Objects.requireNonNull(validFrom, "validFrom");
        Ranges.date("validFrom", validFrom);
        Objects.requireNonNull(validUntil, "validUntil");
        validUntil.ifPresent(end -> Ranges.date("validUntil", end));
        validUntil.filter(end -> !end.isAfter(validFrom)).ifPresent(end -> {
            throw new InvalidFieldException("validUntil", FieldProblem.NOT_AFTER_FIELD, "validFrom", validFrom.toString(),
                    end.toString());
        });
        Objects.requireNonNull(rules, "rules");
    }

    /** @return the title's code */
    public String code() {
        return rules.code();
    }

    /**
     * Tells whether the version is in force on a date.
     *
     * @param date the date, not null
     * @return true if {@code validFrom <= date < validUntil}
     */
    public boolean isInForceOn(LocalDate date) {
        return !validFrom.isAfter(date) && validUntil.map(date::isBefore).orElse(true);
    }

    /**
     * Tells whether this version is in force on any day of a period.
     *
     * @param from the period's first day, not null
     * @param until the first day after the period, or empty for no end, not null
     * @return true if the periods share a day
     */
    public boolean overlaps(LocalDate from, Optional<LocalDate> until) {
        return until.map(validFrom::isBefore).orElse(true) && validUntil.map(from::isBefore).orElse(true);
    }

    /** Says e.g. "淄博市首席技师 rules version 2, in force from 2023-01-01". */
    @Override
    public String render(Locale locale) {
        Message text = validUntil.map(end -> Message.of(TitleText.RULES_VERSION_UNTIL, rules.name(), version, validFrom, end))
                .orElseGet(() -> Message.of(TitleText.RULES_VERSION, rules.name(), version, validFrom));
        return text.render(locale);
    }
}
