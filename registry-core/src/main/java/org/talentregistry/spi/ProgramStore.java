package org.talentregistry.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.ProgramDefinition;

/** Stores honor programs and their versions for the session's tenant. */
public interface ProgramStore {

    /**
     * Inserts a new program at version 1.
     *
     * @param definition the definition, not null
     * @param at when, not null
     * @return the new program's id
     */
    HonorProgramId insert(ProgramDefinition definition, Instant at);

    /**
     * Stores a further version of a program and makes it the current one.
     *
     * @param id the program, not null
     * @param version the new version number (the current one plus one)
     * @param definition the definition, not null
     * @param at when, not null
     */
    void insertVersion(HonorProgramId id, int version, ProgramDefinition definition, Instant at);

    /**
     * Reads the current version of a program.
     *
     * @param id the program, not null
     * @param forUpdate true to lock the program until the transaction ends (naming locks it to keep the cap)
     * @return the program, or empty
     */
    Optional<HonorProgram> current(HonorProgramId id, boolean forUpdate);

    /**
     * Reads one version of a program.
     *
     * @param id the program, not null
     * @param version the version
     * @return the program version, or empty
     */
    Optional<HonorProgram> version(HonorProgramId id, int version);

    /**
     * Lists the current versions of all programs, by id.
     *
     * @return the programs, not null
     */
    List<HonorProgram> list();
}
