package org.talentregistry.honor;

import java.time.Instant;
import java.util.Objects;

/**
 * A version of an honor program as stored. Revising a program stores a new version; a round keeps the
 * version it was opened under, so a change never reaches a round already open.
 *
 * @param id the program's id
 * @param version the version, counted from 1
 * @param definition what this version declares
 * @param createdAt when this version was stored
 */
public record HonorProgram(HonorProgramId id, int version, ProgramDefinition definition, Instant createdAt) {
    /**
     * Creates a program version.
     *
     * @param id not null
     * @param version positive
     * @param definition not null
     * @param createdAt not null
     */
    public HonorProgram {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** @return the program's name; short for {@code definition().name()} */
    public String name() {
        return definition.name();
    }
}
