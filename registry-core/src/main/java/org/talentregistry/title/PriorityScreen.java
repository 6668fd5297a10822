package org.talentregistry.title;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.talentregistry.artisan.ArtisanId;

/**
 * The answer of a bulk priority check kept small: for each artisan given, in the order given, whether it has
 * priority and which of the policy's conditions it meets, one bit per condition, with the decision itself
 * (the honor cited, the sentence in Chinese and English) made only for the artisans asked about. Made by
 * {@link PriorityCheck#screen}: a bureau screening 100,000 applicants learns who has priority, counts them and
 * explains those it lists, without a {@link PriorityDecision} for each of the others.
 *
 * <p>The answers are those of the moment the screen was made. {@link #decision} reads the artisan's record
 * again when called, so an honor revoked in between shows in the decision and not in {@link #hasPriority}.
 * Immutable and safe to share between threads.
 */
public interface PriorityScreen {

    /** @return the title screened for, not null */
    String titleCode();

    /** @return the date of the answers, not null */
    LocalDate asOf();

    /** @return the policy version applied, whose conditions {@link #meets} numbers from 0, not null */
    PriorityPolicy policy();

    /** @return the number of artisans given, repeats included */
    int size();

    /**
     * Returns the artisan at a position.
     *
     * @param index from 0 to {@link #size()} - 1
     * @return the artisan given there, not null
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    ArtisanId artisanId(int index);

    /**
     * Tells whether the artisan at a position has priority: meets at least one condition.
     *
     * @param index from 0 to {@link #size()} - 1
     * @return true if it has priority
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    boolean hasPriority(int index);

    /**
     * Tells whether the artisan at a position meets one of the policy's conditions.
     *
     * @param index from 0 to {@link #size()} - 1
     * @param condition the condition's place in {@link PriorityPolicy#conditions()}, from 0
     * @return true if it meets it
     * @throws IndexOutOfBoundsException if either is out of range
     */
    boolean meets(int index, int condition);

    /** @return the positions of the artisans with priority, in order */
    IntStream withPriority();

    /**
     * Returns the positions of the artisans that meet one of the policy's conditions.
     *
     * @param condition the condition's place in {@link PriorityPolicy#conditions()}, from 0
     * @return the positions, in order
     * @throws IndexOutOfBoundsException if the condition is out of range
     */
    IntStream meeting(int condition);

    /** @return how many positions hold an artisan with priority */
    int countWithPriority();

    /**
     * Decides for the artisan at a position, with every condition's result and the honor it cites, as {@link
     * PriorityCheck#checkAll} decides: an id the tenant has no artisan for holds no honor and no birth date.
     * Reads the artisan's honors (and birth date, for an age condition) now, in one store session: for the
     * decisions of many positions, pass their ids to {@link PriorityCheck#checkAll}, which reads them together.
     *
     * @param index from 0 to {@link #size()} - 1
     * @return the decision under {@link #policy()} on {@link #asOf()}, not null
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    PriorityDecision decision(int index);
}
