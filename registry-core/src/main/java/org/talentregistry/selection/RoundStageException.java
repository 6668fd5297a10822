package org.talentregistry.selection;

import java.util.Set;
import org.talentregistry.RegistryException;

/**
 * Thrown when an operation is not allowed in the stage a round is in. Nothing is written.
 */
public class RoundStageException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final RoundId roundId;
    private final RoundStage stage;
    private final Set<RoundStage> allowed;

    /**
     * Creates the exception.
     *
     * @param roundId the round
     * @param operation what was attempted, e.g. "nominate"
     * @param stage the stage the round is in
     * @param allowed the stages in which the operation is allowed
     */
    public RoundStageException(RoundId roundId, String operation, RoundStage stage, Set<RoundStage> allowed) {
        super("round " + roundId + " is in stage " + stage + ": " + operation + " is allowed only in " + allowed);
        this.roundId = roundId;
        this.stage = stage;
        this.allowed = Set.copyOf(allowed);
    }

    /** @return the round */
    public RoundId getRoundId() {
        return roundId;
    }

    /** @return the stage the round is in */
    public RoundStage getStage() {
        return stage;
    }

    /** @return the stages in which the refused operation is allowed */
    public Set<RoundStage> getAllowedStages() {
        return allowed;
    }
}
