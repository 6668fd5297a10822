package org.talentregistry.internal;

import java.util.Collection;
import java.util.Set;
import org.talentregistry.Message;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ProgramNotFoundException;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationNotFoundException;
import org.talentregistry.selection.NominationStatus;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundNotFoundException;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.RoundStageException;
import org.talentregistry.selection.SelectionMessage;
import org.talentregistry.selection.SelectionRefusedException.Rule;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.StagePlan;
import org.talentregistry.spi.StoreSession;

/** Reads and checks shared by the services that run selection rounds. */
final class Rounds {
    static final String ROUND = "round";
    static final String NOMINATION = "nomination";

    private Rounds() {
    }

    static String required(String field, String value) {
        return Texts.requiredText(field, value, 500);
    }

    static SelectionRound round(StoreSession s, RoundId id, boolean forUpdate) {
        return s.rounds().find(id, forUpdate).orElseThrow(() -> new RoundNotFoundException("round " + id));
    }

    static Nomination nomination(StoreSession s, NominationId id, boolean forUpdate) {
        return s.nominations().find(id, forUpdate).orElseThrow(() -> new NominationNotFoundException("nomination " + id));
    }

    static ProgramDefinition definition(StoreSession s, SelectionRound round) {
        return s.programs().version(round.programId(), round.programVersion())
                .orElseThrow(() -> new ProgramNotFoundException(round.programId(), "program " + round.programId()))
                .definition();
    }

    static StagePlan plan(StoreSession s, SelectionRound round) {
        return definition(s, round).plan();
    }

    static void requireStage(StoreSession s, SelectionRound round, String operation, RoundStage... allowed) {
        requireStage(s, round, operation, Set.of(allowed));
    }

    /** Refuses unless the round is in one of the stages, naming the next step of the round's plan. */
    static void requireStage(StoreSession s, SelectionRound round, String operation, Collection<RoundStage> allowed) {
        if (!allowed.contains(round.stage())) {
            throw new RoundStageException(round.id(), operation, round.stage(), Set.copyOf(allowed),
                    plan(s, round).nextStep(round.stage()));
        }
    }

    static void requireActive(Nomination n) {
        if (n.status() != NominationStatus.ACTIVE) {
            throw new SelectionRefusedException(Rule.NOMINATION_NOT_ACTIVE,
                    Message.of(SelectionMessage.NOMINATION_NOT_ACTIVE, n.id(), n.status()));
        }
    }
}
