package org.talentregistry.pool;

import org.talentregistry.MessageCode;

/**
 * The codes of the talent pool's refusals, finer than {@link PoolRefusedException.Rule}; a host can switch on
 * them.
 */
public enum PoolRefusal implements MessageCode {
    /** Added by the bureau and not left. Arguments: the artisan id, the first day, the source. */
    ALREADY_ADDED,
    /** Leaving without an open membership. Argument: the artisan id. */
    NOT_A_MEMBER,
    /** Leaving before joining. Arguments: the membership id, its first day, the leaving date. */
    LEAVES_BEFORE_JOINING,
    /** An engagement corrected from an old revision. Arguments: the engagement id, its revision, the one read. */
    STALE_REVISION,
    /** An engagement changed during the correction. Argument: the engagement id. */
    CHANGED_MEANWHILE,
    /** An engagement of someone not in the pool that day. Arguments: the name, the artisan id, the date. */
    NOT_IN_POOL_ON,
    /** No such engagement. Argument: the engagement id. */
    NO_SUCH_ENGAGEMENT
}
