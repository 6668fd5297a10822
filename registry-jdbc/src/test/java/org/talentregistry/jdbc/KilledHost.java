package org.talentregistry.jdbc;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.VoteOutcome;

/**
 * A host process that dies the moment its calls have returned: it registers an artisan, nominates, scores and
 * casts a vote for them, prints what it stored ({@code artisan round nomination outcome}) and halts the JVM, with
 * no shutdown hook, no close and no time for a background writer. {@link EmbeddedRegistryTest} runs it in a JVM
 * of its own and reopens the database.
 */
final class KilledHost {
    private KilledHost() {
    }

    public static void main(String[] args) {
        Actor clerk = Actor.of("clerk", "张科长");
        TalentRegistry registry = EmbeddedRegistry.open(Path.of(args[0]));
        Artisan artisan = registry.artisans().register(clerk, Fixtures.mechanic(41));
        HonorProgram program = registry.programs().define(clerk, ProgramDefinition.zibo());
        RoundId round = registry.rounds().open(clerk, program.id(), 2016).id();
        Nomination nomination = registry.rounds().nominate(clerk, round, new NominationRequest(artisan.id(),
                NominationChannel.SELF, artisan.name(), Declarations.inServiceWithCleanRecord()));
        registry.rounds().closeNominations(clerk, round);
        registry.rounds().closeEligibilityReview(clerk, round);
        Reviewer expert = registry.rounds().addReviewer(clerk, round, "周教授", null);
        registry.rounds().score(clerk, expert.id(), nomination.id(), Map.of("skill", new BigDecimal("36"),
                "innovation", new BigDecimal("25"), "contribution", new BigDecimal("24")));
        registry.rounds().closeExpertReview(clerk, round);
        VoteOutcome outcome = registry.rounds().castVote(round, new Ballot(nomination.id(), "64.0.0.1", Instant.now()));
        System.out.println(artisan.id().value() + " " + round.value() + " " + nomination.id().value() + " " + outcome);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
