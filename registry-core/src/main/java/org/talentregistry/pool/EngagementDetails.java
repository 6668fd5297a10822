package org.talentregistry.pool;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;

/**
 * What a pool member did: a training class attended, a campus talk given, a media feature. Each kind is a
 * record validated in its constructor by the rules of {@link org.talentregistry.AcceptedValues}; a refused
 * value names its field. Every day of an engagement is a date of an event: from {@link
 * org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_EVENT_DATE}.
 */
public sealed interface EngagementDetails {

    /**
     * Returns the kind.
     *
     * @return the kind, not null
     */
    EngagementKind kind();

    /**
     * Returns the day the engagement is dated by: a class's first day, a talk's or a feature's day. Counts per
     * year and per period use it.
     *
     * @return the day, not null
     */
    LocalDate date();

    /**
     * A training class attended (创新能力提升培训班).
     *
     * @param course the course, 1 to 200 characters
     * @param organiser who ran it, 1 to 200 characters
     * @param firstDay the first day, a date of an event
     * @param lastDay the last day, not before the first, a date of an event
     * @param hours the class hours, more than 0 and at most 9999.9, one decimal place at most
     * @param result the result, e.g. {@code 结业} or {@code 优秀学员}, up to 200 characters without control
     *     characters; empty if none yet
     */
    record Training(String course, String organiser, LocalDate firstDay, LocalDate lastDay, BigDecimal hours,
            Optional<String> result) implements EngagementDetails {
        /**
         * Creates a training.
         *
         * @throws InvalidFieldException naming {@code course}, {@code organiser}, {@code firstDay}, {@code lastDay},
         *     {@code hours} or {@code result}: a missing value, text too long or with a control character, a day
         *     outside the range of event dates or a last day before the first, hours not above 0, from 10,000 on
         *     or with more than one decimal place
         */
        public Training {
            course = Texts.required("course", course, 200);
            organiser = Texts.required("organiser", organiser, 200);
            Ranges.eventDate("firstDay", firstDay);
            Ranges.eventDate("lastDay", lastDay);
            if (lastDay.isBefore(firstDay)) {
                throw new InvalidFieldException("lastDay", FieldProblem.BEFORE_FIELD, "firstDay", firstDay.toString(),
                        lastDay.toString());
            }
            // Sized before any comparison or rescaling: hours are stored as DECIMAL(7, 1), the domain allows 9999.9.
            hours = Ranges.decimal("hours", hours, 4, 1);
            if (hours.signum() <= 0) {
                throw new InvalidFieldException("hours", FieldProblem.NOT_ABOVE_ZERO, Texts.quote(hours.toPlainString()));
            }
            hours = hours.setScale(1);
            result = optional(result, "result", 200);
        }

        @Override
        public EngagementKind kind() {
            return EngagementKind.TRAINING;
        }

        @Override
        public LocalDate date() {
            return firstDay;
        }
    }

    /**
     * A campus talk given (宣讲进校园).
     *
     * @param school the school, 1 to 200 characters
     * @param day the day, a date of an event
     * @param talkKind report, interview or live demonstration
     * @param audience how many attended, 0 to 1,000,000
     */
    record CampusTalk(String school, LocalDate day, TalkKind talkKind, int audience) implements EngagementDetails {
        /**
         * Creates a talk.
         *
         * @throws InvalidFieldException naming {@code school}, {@code day}, {@code talkKind} or {@code audience}:
         *     a missing value, text too long or with a control character, a day outside the range of event
         *     dates, an audience outside 0 to 1,000,000
         */
        public CampusTalk {
            school = Texts.required("school", school, 200);
            Ranges.eventDate("day", day);
            required(talkKind, "talkKind");
            if (audience < 0 || audience > 1_000_000) {
                throw new InvalidFieldException("audience", FieldProblem.OUT_OF_RANGE, "0", "1,000,000",
                        String.valueOf(audience));
            }
        }

        @Override
        public EngagementKind kind() {
            return EngagementKind.CAMPUS_TALK;
        }

        @Override
        public LocalDate date() {
            return day;
        }
    }

    /**
     * A media feature, e.g. a 《小语访谈》 TV interview or a 匠心筑梦 micro-video.
     *
     * @param outlet the outlet, e.g. {@code 淄博电视台}, 1 to 200 characters
     * @param mediaKind the kind of feature
     * @param day the day it was published or aired, a date of an event
     * @param title its title, 1 to 200 characters
     * @param link where it can be seen, an {@code http} or {@code https} address up to 500 characters; empty if none
     */
    record MediaFeature(String outlet, MediaKind mediaKind, LocalDate day, String title, Optional<String> link)
            implements EngagementDetails {
        /**
         * Creates a feature.
         *
         * @throws InvalidFieldException naming {@code outlet}, {@code mediaKind}, {@code day}, {@code title} or
         *     {@code link}: a missing value, text too long or with a control character, a day outside the range
         *     of event dates, a link that is not an http or https address
         */
        public MediaFeature {
            outlet = Texts.required("outlet", outlet, 200);
            required(mediaKind, "mediaKind");
            Ranges.eventDate("day", day);
            title = Texts.required("title", title, 200);
            link = optional(link, "link", 500);
            if (link.isPresent() && !link.get().matches("(?i)https?://\\S+")) {
                throw new InvalidFieldException("link", FieldProblem.NOT_A_WEB_ADDRESS);
            }
        }

        @Override
        public EngagementKind kind() {
            return EngagementKind.MEDIA_FEATURE;
        }

        @Override
        public LocalDate date() {
            return day;
        }
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
    }

    private static Optional<String> optional(Optional<String> value, String field, int maxLength) {
        return value == null ? Optional.empty() : value.map(v -> Texts.required(field, v, maxLength));
    }
}
