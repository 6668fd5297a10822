package org.talentregistry.artisan;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing of artisans, in id order.
 *
 * @param artisans the artisans of the page, unmodifiable, not null
 * @param nextCursor the cursor for the next page, empty on the last page
 */
public record ArtisanPage(List<Artisan> artisans, Optional<ArtisanId> nextCursor) {
    /**
     * Creates a page, copying the list.
     *
     * @param artisans the artisans, not null
     * @param nextCursor the cursor for the next page, not null (empty on the last page)
     */
    public ArtisanPage {
        artisans = List.copyOf(artisans);
        nextCursor = java.util.Objects.requireNonNull(nextCursor, "nextCursor");
    }

    /**
     * Tells whether another page follows.
     *
     * @return true if {@link #nextCursor()} is present
     */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
