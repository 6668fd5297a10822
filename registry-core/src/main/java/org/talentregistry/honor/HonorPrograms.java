package org.talentregistry.honor;

import java.util.List;
import org.talentregistry.Actor;

/**
 * The honor programs of one tenant, reached through {@link org.talentregistry.TalentRegistry#programs()}.
 */
public interface HonorPrograms {

    /**
     * Defines a new program at version 1.
     *
     * @param actor who defines it, not null
     * @param definition the definition, not null
     * @return the stored program, not null
     * @throws org.talentregistry.InvalidFieldException naming {@code program.votePolicy} if the registry knows
     *     no vote policy of that id; naming {@code voteSecret} if the program takes a public vote (its vote
     *     weight is above zero) and the registry was built without a vote secret
     */
    HonorProgram define(Actor actor, ProgramDefinition definition);

    /**
     * Stores a new version of a program. Rounds already opened keep the version they were opened under.
     *
     * @param actor who revises it, not null
     * @param id the program, not null
     * @param definition the new definition, not null
     * @return the new version, not null
     * @throws ProgramNotFoundException if there is no such program
     * @throws org.talentregistry.InvalidFieldException as {@link #define} does
     */
    HonorProgram revise(Actor actor, HonorProgramId id, ProgramDefinition definition);

    /**
     * Returns the current version of a program.
     *
     * @param id the program, not null
     * @return the program, not null
     * @throws ProgramNotFoundException if there is no such program
     */
    HonorProgram get(HonorProgramId id);

    /**
     * Returns one version of a program.
     *
     * @param id the program, not null
     * @param version the version
     * @return the program version, not null
     * @throws ProgramNotFoundException if there is no such program or version
     */
    HonorProgram get(HonorProgramId id, int version);

    /**
     * Lists the current versions of the tenant's programs.
     *
     * @return the programs, by id, unmodifiable
     */
    List<HonorProgram> list();
}
