package org.talentregistry.pool;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a pool query.
 *
 * @param query the query that produced it
 * @param members the members on this page, in the query's order, unmodifiable
 * @param total how many members match the query on all pages
 */
public record PoolPage(PoolQuery query, List<PoolMember> members, long total) {
    /**
     * Creates a page.
     *
     * @throws NullPointerException if the query or the members are null
     */
    public PoolPage {
        Objects.requireNonNull(query, "query");
        members = List.copyOf(members);
    }

    /**
     * Returns the query for the next page.
     *
     * @return the next page's query, empty if this is the last page
     */
    public Optional<PoolQuery> next() {
        long seen = (long) query.offset() + members.size();
        return seen < total && !members.isEmpty() ? Optional.of(query.withOffset((int) seen)) : Optional.empty();
    }
}
