package org.talentregistry.honor;

import org.talentregistry.RegistryException;

/** Thrown when a program (or a version of it) is asked for that the tenant does not have. */
public class ProgramNotFoundException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final HonorProgramId programId;

    /**
     * Creates the exception.
     *
     * @param programId the id asked for
     * @param what what was missing, e.g. "program 3" or "version 4 of program 3"
     */
    public ProgramNotFoundException(HonorProgramId programId, String what) {
        super(what + " does not exist");
        this.programId = programId;
    }

    /** @return the program asked for */
    public HonorProgramId getProgramId() {
        return programId;
    }
}
