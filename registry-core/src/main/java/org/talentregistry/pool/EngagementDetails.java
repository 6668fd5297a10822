package org.talentregistry.pool;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Texts;

/**
 * What a pool member did: a training class attended, a campus talk given, a media feature. Each kind is a
 * record validated in its constructor; a refused value names its field.
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
     * @param firstDay the first day
     * @param lastDay the last day, not before the first
     * @param hours the class hours, more than 0 and at most 9999.9, one decimal at most
     * @param result the result, e.g. {@code 结业} or {@code 优秀学员}, up to 200 characters; empty if none yet
     */
    record Training(String course, String organiser, LocalDate firstDay, LocalDate lastDay, BigDecimal hours,
            Optional<String> result) implements EngagementDetails {
        /**
         * Creates a training.
         *
         * @throws InvalidFieldException naming the field at fault
         */
        public Training {
            course = Texts.required("course", course, 200);
            organiser = Texts.required("organiser", organiser, 200);
            required(firstDay, "firstDay");
            required(lastDay, "lastDay");
            if (lastDay.isBefore(firstDay)) {
                throw new InvalidFieldException("lastDay", "must not be before firstDay " + firstDay + ", got " + lastDay);
            }
            if (hours == null || hours.signum() <= 0 || hours.compareTo(new BigDecimal("9999.9")) > 0
                    || hours.stripTrailingZeros().scale() > 1) {
                throw new InvalidFieldException("hours", "must be more than 0 and at most 9999.9 with one decimal, got " + hours);
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
     * @param day the day
     * @param talkKind report, interview or live demonstration
     * @param audience how many attended, 0 to 1,000,000
     */
    record CampusTalk(String school, LocalDate day, TalkKind talkKind, int audience) implements EngagementDetails {
        /**
         * Creates a talk.
         *
         * @throws InvalidFieldException naming the field at fault
         */
        public CampusTalk {
            school = Texts.required("school", school, 200);
            required(day, "day");
            required(talkKind, "talkKind");
            if (audience < 0 || audience > 1_000_000) {
                throw new InvalidFieldException("audience", "must be 0 to 1,000,000, got " + audience);
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
     * @param day the day it was published or aired
     * @param title its title, 1 to 200 characters
     * @param link where it can be seen, an {@code http} or {@code https} address up to 500 characters; empty if none
     */
    record MediaFeature(String outlet, MediaKind mediaKind, LocalDate day, String title, Optional<String> link)
            implements EngagementDetails {
        /**
         * Creates a feature.
         *
         * @throws InvalidFieldException naming the field at fault
         */
        public MediaFeature {
            outlet = Texts.required("outlet", outlet, 200);
            required(mediaKind, "mediaKind");
            required(day, "day");
            title = Texts.required("title", title, 200);
            link = optional(link, "link", 500);
            if (link.isPresent() && !link.get().matches("(?i)https?://\\S+")) {
                throw new InvalidFieldException("link", "must be an http or https address without spaces");
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
