package org.talentregistry;

import java.util.Objects;
import org.talentregistry.internal.Texts;

/**
 * Who makes a change: a person or a system of the host, recorded in every {@link
 * org.talentregistry.audit.AuditEvent}.
 *
 * <p>The registry does not authenticate actors; the host passes in the one it has authenticated.
 */
public final class Actor {
    private final String id;
    private final String displayName;

    private Actor(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /**
     * Returns an actor.
     *
     * @param id the host's stable identifier for the actor, 1 to 64 characters, not null
     * @param displayName a name to show, e.g. {@code 张科长}, 1 to 100 characters, not null
     * @return the actor, not null
     * @throws InvalidFieldException if a value is null, blank or too long
     */
    public static Actor of(String id, String displayName) {
        return new Actor(Texts.required("actor.id", id, 64), Texts.required("actor.displayName", displayName, 100));
    }

    /**
     * Returns an actor standing for a system of the host rather than a person.
     *
     * @param systemName the system's name, e.g. {@code hr-import}, 1 to 57 characters, not null
     * @return an actor whose id is {@code system:} followed by the name, not null
     * @throws InvalidFieldException if the name is null, blank or too long
     */
    public static Actor system(String systemName) {
        String name = Texts.required("actor.systemName", systemName, 57);
        return new Actor("system:" + name, name);
    }

    /**
     * Returns the actor's identifier.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Returns the actor's display name.
     *
     * @return the name, not null
     */
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Actor that && id.equals(that.id) && displayName.equals(that.displayName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, displayName);
    }

    @Override
    public String toString() {
        return displayName + " (" + id + ")";
    }
}
