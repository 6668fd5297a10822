package org.talentregistry.selection;

import org.talentregistry.RegistryException;

/** Thrown when a nomination is asked for that the tenant does not have. */
public class NominationNotFoundException extends RegistryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param what what was missing, e.g. "nomination 7"
     */
    public NominationNotFoundException(String what) {
        super(what + " does not exist");
    }
}
