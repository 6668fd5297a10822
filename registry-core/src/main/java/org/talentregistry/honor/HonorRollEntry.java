package org.talentregistry.honor;

import java.util.Objects;

/**
 * A line of a naming decision's honor roll (表彰名单): the honor, and its honoree as the decision named them,
 * with the name, employer and occupation on record that day. A roll printed years later still reads as it was
 * published, whatever the honoree's record says now.
 *
 * @param honor the honor
 * @param name the honoree's name when named
 * @param employerName the honoree's employer when named
 * @param occupationName the honoree's occupation (职业(工种)) when named
 */
public record HonorRollEntry(Honor honor, String name, String employerName, String occupationName) {
    /**
     * Creates a line.
     *
     * @param honor not null
     * @param name not null
     * @param employerName not null
     * @param occupationName not null
     */
    public HonorRollEntry {
        Objects.requireNonNull(honor, "honor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(employerName, "employerName");
        Objects.requireNonNull(occupationName, "occupationName");
    }
}
