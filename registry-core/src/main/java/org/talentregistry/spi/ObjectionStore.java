package org.talentregistry.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.Objection;
import org.talentregistry.selection.ObjectionId;
import org.talentregistry.selection.RoundId;

/** Stores objections filed during public notices, for the session's tenant. */
public interface ObjectionStore {

    /**
     * Inserts a pending objection.
     *
     * @param roundId the round, not null
     * @param nominationId the nominee, not null
     * @param objector the objector's real name, not null
     * @param grounds the grounds, not null
     * @param at when, not null
     * @return the new objection's id
     */
    ObjectionId insert(RoundId roundId, NominationId nominationId, String objector, String grounds, Instant at);

    /**
     * Reads an objection.
     *
     * @param id the objection, not null
     * @param forUpdate true to lock it until the transaction ends
     * @return the objection, or empty
     */
    Optional<Objection> find(ObjectionId id, boolean forUpdate);

    /**
     * Lists a round's objections by id.
     *
     * @param roundId the round, not null
     * @return the objections, not null
     */
    List<Objection> list(RoundId roundId);

    /**
     * Records the decision on an objection.
     *
     * @param id the objection, not null
     * @param status {@code UPHELD} or {@code DISMISSED}, not null
     * @param reason the committee's reason, not null
     */
    void decide(ObjectionId id, Objection.Status status, String reason);
}
