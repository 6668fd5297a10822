package org.talentregistry.honor;

import java.util.Objects;
import java.util.Set;

/**
 * A kind of honor: those of one program, of given tiers or of any tier. Priority conditions name one, and
 * bulk reads ask a store for the honors of some kinds only.
 *
 * @param program the program
 * @param tierCodes the tiers, empty for any tier of the program
 */
public record HonorKind(HonorProgramId program, Set<String> tierCodes) {
    /**
     * Creates a kind.
     *
     * @param program not null
     * @param tierCodes not null, copied; empty for any tier
     */
    public HonorKind {
        Objects.requireNonNull(program, "program");
        tierCodes = Set.copyOf(tierCodes);
    }

    /**
     * Tells whether an honor is of this kind, whatever its state.
     *
     * @param honor the honor, not null
     * @return true if it is of the program and, where tiers are named, of one of them
     */
    public boolean includes(Honor honor) {
        return honor.programId().equals(program) && (tierCodes.isEmpty() || tierCodes.contains(honor.tierCode()));
    }

    /**
     * Tells whether a cited honor is of this kind, whatever its state.
     *
     * @param honor the citation, not null
     * @return true if it is of the program and, where tiers are named, of one of them
     */
    public boolean includes(HonorCitation honor) {
        return honor.programId().equals(program) && (tierCodes.isEmpty() || tierCodes.contains(honor.tierCode()));
    }
}
