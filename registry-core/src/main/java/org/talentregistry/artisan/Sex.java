package org.talentregistry.artisan;

/**
 * A person's sex as recorded in the resident identity number.
 *
 * <p>The registry does not ask for sex separately: it is derived from the 17th character of a
 * {@link ResidentId}, so it can never disagree with the identity number.
 */
public enum Sex {
    /** Male: the 17th character of the identity number is odd. */
    MALE,
    /** Female: the 17th character of the identity number is even. */
    FEMALE
}
