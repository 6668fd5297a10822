package org.talentregistry.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.Actor;

/**
 * A record of one change: who made it, when, what it was, and the entity's state before and after it.
 *
 * <p>The states are JSON objects with personal data masked (resident identity numbers and phones appear
 * only as {@code 3703**********3450} and {@code 138****5678}). Audit events are written in the same
 * transaction as the change they record: a change that fails leaves no event.
 */
public final class AuditEvent {
    private final long sequence;
    private final Instant occurredAt;
    private final Actor actor;
    private final String action;
    private final String entityType;
    private final String entityId;
    private final String before;
    private final String after;
    private final String note;

    private AuditEvent(long sequence, Instant occurredAt, Actor actor, String action, String entityType,
            String entityId, String before, String after, String note) {
        this.sequence = sequence;
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.entityType = Objects.requireNonNull(entityType, "entityType");
        this.entityId = Objects.requireNonNull(entityId, "entityId");
        this.before = before;
        this.after = after;
        this.note = note;
    }

    /**
     * Returns an event not yet stored (its sequence is 0).
     *
     * @param occurredAt when the change was made, not null
     * @param actor who made it, not null
     * @param action what was done, e.g. {@code artisan.registered}, not null
     * @param entityType the kind of entity changed, e.g. {@code artisan}, not null
     * @param entityId the entity's id as text, not null
     * @param before the masked state before the change as JSON, or null if the entity is new
     * @param after the masked state after the change as JSON, or null if the entity is gone
     * @param note a remark, e.g. the reason for an override, or null
     * @return the event, not null
     * @throws NullPointerException if a required argument is null
     */
    public static AuditEvent of(Instant occurredAt, Actor actor, String action, String entityType, String entityId,
            String before, String after, String note) {
        return new AuditEvent(0, occurredAt, actor, action, entityType, entityId, before, after, note);
    }

    /**
     * Returns a copy with the sequence the store assigned.
     *
     * @param storedSequence the sequence, positive
     * @return the stored event, not null
     */
    public AuditEvent withSequence(long storedSequence) {
        return new AuditEvent(storedSequence, occurredAt, actor, action, entityType, entityId, before, after, note);
    }

    /**
     * Returns the store's sequence number: events of a tenant are ordered by it.
     *
     * @return the sequence, 0 for an event not yet stored
     */
    public long sequence() {
        return sequence;
    }

    /**
     * Returns when the change was made, by the registry's clock.
     *
     * @return the instant, not null
     */
    public Instant occurredAt() {
        return occurredAt;
    }

    /**
     * Returns who made the change.
     *
     * @return the actor, not null
     */
    public Actor actor() {
        return actor;
    }

    /**
     * Returns what was done, e.g. {@code artisan.registered} or {@code artisan.updated}.
     *
     * @return the action, not null
     */
    public String action() {
        return action;
    }

    /**
     * Returns the kind of entity changed, e.g. {@code artisan}.
     *
     * @return the entity type, not null
     */
    public String entityType() {
        return entityType;
    }

    /**
     * Returns the changed entity's id as text.
     *
     * @return the id, not null
     */
    public String entityId() {
        return entityId;
    }

    /**
     * Returns the masked state before the change.
     *
     * @return a JSON object, or empty for a new entity
     */
    public Optional<String> before() {
        return Optional.ofNullable(before);
    }

    /**
     * Returns the masked state after the change.
     *
     * @return a JSON object, or empty if there is none
     */
    public Optional<String> after() {
        return Optional.ofNullable(after);
    }

    /**
     * Returns a remark on the change, such as the reason for a checksum override.
     *
     * @return the note, or empty
     */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditEvent that && sequence == that.sequence && occurredAt.equals(that.occurredAt)
                && actor.equals(that.actor) && action.equals(that.action) && entityType.equals(that.entityType)
                && entityId.equals(that.entityId) && Objects.equals(before, that.before)
                && Objects.equals(after, that.after) && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, occurredAt, actor, action, entityType, entityId);
    }

    @Override
    public String toString() {
        return "AuditEvent{#" + sequence + " " + occurredAt + " " + actor + " " + action + " " + entityType + ":"
                + entityId + (note == null ? "" : " note=" + note) + "}";
    }
}
