package org.talentregistry.privacy;

import org.talentregistry.Message;
import org.talentregistry.RegistryException;

/** Thrown when a consent cannot be given or withdrawn as asked; nothing is written. */
public class ConsentRefusedException extends RegistryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was refused and why, not null
     */
    public ConsentRefusedException(String message) {
        super(message);
    }

    /**
     * Creates the exception from a {@link ConsentRefusal} code and its arguments, said in Chinese and English.
     *
     * @param message what was refused and why, not null
     */
    public ConsentRefusedException(Message message) {
        super(message);
    }
}
