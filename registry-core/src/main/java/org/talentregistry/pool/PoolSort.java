package org.talentregistry.pool;

/** The order of a pool query's members; every order ends with the artisan id, so pages never overlap. */
public enum PoolSort {
    /** By artisan id, the order of registration. */
    ARTISAN_ID,
    /** By name in the database's collation (code-point order on MariaDB and MySQL), then id. */
    NAME,
    /** By the first day of the earliest membership holding on the query's date, then id. */
    SINCE,
    /** By the engagements in the query's period, most first, then id. */
    MOST_ENGAGEMENTS
}
