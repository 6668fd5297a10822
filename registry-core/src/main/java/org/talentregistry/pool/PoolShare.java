package org.talentregistry.pool;

import java.util.Objects;

/**
 * What the union hands to the bureau's talent pool: one page of the members whose consent to sharing holds
 * on the query's date, and how many matching members were withheld for lack of it (PIPL Art. 23).
 *
 * @param recipient who receives it, e.g. {@code 淄博市人力资源和社会保障局}
 * @param shared the members shared, with the total of shareable members over all pages
 * @param withheld how many members match the query but have no consent to sharing on its date
 */
public record PoolShare(String recipient, PoolPage shared, long withheld) {
    /**
     * Creates a share.
     *
     * @throws NullPointerException if the recipient or the page is null
     */
    public PoolShare {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(shared, "shared");
    }
}
