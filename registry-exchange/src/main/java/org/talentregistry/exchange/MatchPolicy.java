package org.talentregistry.exchange;

/**
 * What an import does with a row whose resident identity number is already registered. Either way a row
 * that changes nothing is counted as unchanged, so importing the same file twice writes nothing the second
 * time, and a row whose name differs from the registered artisan's is refused as ambiguous rather than
 * taken as a rename or a second person.
 */
public enum MatchPolicy {
    /**
     * Updates the artisan from the row, optimistically: if the artisan changes between the import's read
     * and its write, the row is refused as a conflict and nothing of it is written.
     */
    UPDATE,
    /**
     * Refuses the row as a conflict if it would change the artisan; never updates. An artisan's further
     * certificate rows are merged only within a batch: keep an artisan's rows together, or a later batch
     * sees the artisan its earlier rows registered and reports the further certificate as a conflict.
     */
    REPORT_CONFLICT
}
