package org.talentregistry.pool;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.talentregistry.artisan.ArtisanId;

/**
 * Why an artisan is, or is not, in the talent pool on a date, and since when: the answer to "why is this
 * person in the pool?" in a sentence per membership, in Chinese and English.
 *
 * @param artisanId the artisan
 * @param name the artisan's name
 * @param asOf the date asked about
 * @param reasons one per membership the artisan ever had, earliest first, unmodifiable
 */
public record PoolStanding(ArtisanId artisanId, String name, LocalDate asOf, List<Reason> reasons) {
    /**
     * Creates a standing.
     *
     * @throws NullPointerException if a component is null
     */
    public PoolStanding {
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asOf, "asOf");
        reasons = List.copyOf(reasons);
    }

    /**
     * Tells whether the artisan is in the pool on the date.
     *
     * @return true if a membership holds on {@link #asOf()}
     */
    public boolean isMember() {
        return reasons.stream().anyMatch(r -> r.membership().isActiveOn(asOf));
    }

    /**
     * Returns since when the artisan is in the pool without a break up to the date, as far as the memberships
     * holding on that date reach back: the first day of the earliest of them.
     *
     * @return the first day, empty if the artisan is not in the pool on the date
     */
    public Optional<LocalDate> since() {
        return reasons.stream().map(Reason::membership).filter(m -> m.isActiveOn(asOf)).map(PoolMembership::since)
                .min(LocalDate::compareTo);
    }

    /**
     * Explains the standing: a first sentence saying whether the artisan is in the pool on the date, then one
     * per membership.
     *
     * @param locale {@link Locale#CHINESE} (any {@code zh} locale) for Chinese, anything else for English; not null
     * @return the explanation, lines separated by {@code \n}, not null
     * @throws NullPointerException if the locale is null
     */
    public String explain(Locale locale) {
        boolean chinese = "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
        String head;
        if (chinese) {
            head = isMember() ? name + " 于 " + asOf + " 在人才库中，自 " + since().orElseThrow() + " 起。"
                    : name + " 于 " + asOf + " 不在人才库中" + (reasons.isEmpty() ? "，从未入库。" : "。");
        } else {
            head = isMember() ? name + " is in the talent pool on " + asOf + ", since " + since().orElseThrow() + "."
                    : name + " is not in the talent pool on " + asOf + (reasons.isEmpty() ? "; never was." : ".");
        }
        return reasons.isEmpty() ? head
                : head + "\n" + reasons.stream().map(r -> chinese ? r.chinese() : r.english()).collect(Collectors.joining("\n"));
    }

    /**
     * One membership and the sentence that explains it.
     *
     * @param membership the membership
     * @param chinese e.g. {@code 2018-06-20 因 淄博金牌工匠·淄博金牌工匠（2018年，表彰决定 淄工发〔2018〕12号）入库，至今。}
     * @param english the same in English
     */
    public record Reason(PoolMembership membership, String chinese, String english) {
        /**
         * Creates a reason.
         *
         * @throws NullPointerException if a component is null
         */
        public Reason {
            Objects.requireNonNull(membership, "membership");
            Objects.requireNonNull(chinese, "chinese");
            Objects.requireNonNull(english, "english");
        }
    }
}
