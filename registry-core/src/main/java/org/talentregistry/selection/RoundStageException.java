package org.talentregistry.selection;

import java.util.Comparator;
import java.util.Set;
import org.talentregistry.Message;
import org.talentregistry.RegistryException;
import org.talentregistry.internal.LocalizedList;

/**
 * Thrown when an operation is not allowed in the stage a round is in. The message names the stage, the
 * stages that allow the operation and the next step under the program's {@link StagePlan}, in Chinese and
 * English (code {@link SelectionMessage#STAGE_REFUSED}). Nothing is written.
 */
public class RoundStageException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final RoundId roundId;
    private final RoundStage stage;
    private final Set<RoundStage> allowed;
    private final RoundStep nextStep;

    /**
     * Creates the exception.
     *
     * @param roundId the round, not null
     * @param operation what was attempted, e.g. "nominate", not null
     * @param stage the stage the round is in, not null
     * @param allowed the stages in which the operation is allowed, not null
     * @param nextStep what moves the round on from its stage under its plan, not null
     */
    public RoundStageException(RoundId roundId, String operation, RoundStage stage, Set<RoundStage> allowed,
            RoundStep nextStep) {
        super(Message.of(SelectionMessage.STAGE_REFUSED, roundId, stage, operation, stages(allowed), nextStep));
        this.roundId = roundId;
        this.stage = stage;
        this.allowed = Set.copyOf(allowed);
        this.nextStep = nextStep;
    }

    private static Message stages(Set<RoundStage> allowed) {
        return Message.of(SelectionMessage.STAGE_LIST, new LocalizedList(allowed.stream().sorted(Comparator.naturalOrder())
                .toList()));
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

    /** @return the operation that moves the round on from its stage under its program's plan */
    public RoundStep getNextStep() {
        return nextStep;
    }
}
