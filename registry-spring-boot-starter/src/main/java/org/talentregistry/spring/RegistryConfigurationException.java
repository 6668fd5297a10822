package org.talentregistry.spring;

import java.util.Objects;
import org.talentregistry.RegistryException;

/**
 * Thrown at start-up when the {@code talent-registry.*} properties cannot make a working registry, e.g.
 * voting is on and no vote secret is set.
 */
public class RegistryConfigurationException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final String property;
    private final String action;

    /**
     * Creates the exception.
     *
     * @param property the property at fault, e.g. {@code talent-registry.voting.secret}, not null
     * @param message what is wrong, not null
     * @param action what the application's owner should do, not null
     */
    public RegistryConfigurationException(String property, String message, String action) {
        super(property + ": " + message);
        this.property = Objects.requireNonNull(property, "property");
        this.action = Objects.requireNonNull(action, "action");
    }

    /**
     * Returns the property at fault.
     *
     * @return the full property name, not null
     */
    public String getProperty() {
        return property;
    }

    /**
     * Returns what to do about it.
     *
     * @return a sentence, not null
     */
    public String getAction() {
        return action;
    }
}
