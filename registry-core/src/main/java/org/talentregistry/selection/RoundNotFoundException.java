package org.talentregistry.selection;

import org.talentregistry.RegistryException;

/** Thrown when a round is asked for that the tenant does not have. */
public class RoundNotFoundException extends RegistryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param what what was missing, e.g. "round 7"
     */
    public RoundNotFoundException(String what) {
        super(what + " does not exist");
    }
}
