package org.talentregistry.honor;

import org.talentregistry.Message;
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

    /**
     * Creates the exception for a program that does not exist.
     *
     * @param programId the id asked for
     */
    public ProgramNotFoundException(HonorProgramId programId) {
        super(Message.of(HonorRefusal.PROGRAM_NOT_FOUND, String.valueOf(programId)));
        this.programId = programId;
    }

    /**
     * Creates the exception for a version of a program that does not exist.
     *
     * @param programId the id asked for
     * @param version the version asked for
     */
    public ProgramNotFoundException(HonorProgramId programId, int version) {
        super(Message.of(HonorRefusal.PROGRAM_VERSION_NOT_FOUND, version, String.valueOf(programId)));
        this.programId = programId;
    }

    /** @return the program asked for */
    public HonorProgramId getProgramId() {
        return programId;
    }
}
