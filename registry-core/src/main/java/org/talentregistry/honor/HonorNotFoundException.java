package org.talentregistry.honor;

import org.talentregistry.Message;
import org.talentregistry.RegistryException;

/** Thrown when an honor, or a naming decision's honors, are asked for that the tenant does not have. */
public class HonorNotFoundException extends RegistryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param what what was missing, e.g. "honor 12"
     */
    public HonorNotFoundException(String what) {
        super(what + " does not exist");
    }

    /**
     * Creates the exception from a {@link HonorRefusal} code and its arguments.
     *
     * @param message the code and arguments, not null
     */
    public HonorNotFoundException(Message message) {
        super(message);
    }
}
