package org.talentregistry.spi;

/** An artisan's personal data that the retention purge erases once its purpose has ended. */
public enum ErasableField {
    /** The phone. */
    PHONE,
    /** The resident identity number (its keyed hash stays). */
    RESIDENT_ID
}
