package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentregistry.Actor;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.RegistryException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RankedNominee;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.VoteOutcome;

class EmbeddedRegistryTest {

    @Test
    void open_createsTheFileDatabase_andKeepsDataAcrossReopening(@TempDir Path dir) {
        Path path = dir.resolve("registry");
        Artisan registered;
        try (TalentRegistry registry = EmbeddedRegistry.open(path)) {
            registered = registry.artisans().register(Actor.of("clerk", "张科长"), Fixtures.mechanic(41));
        }
        assertThat(dir.resolve("registry.mv.db")).exists();

        try (TalentRegistry reopened = EmbeddedRegistry.open(path)) {
            assertThat(reopened.artisans().get(registered.id()).details()).isEqualTo(registered.details());
        }
    }

    /**
     * A call that returned is in the file even if the process dies right after it: H2's default keeps a commit
     * in memory for up to half a second, and a process killed in that time lost it (here the round, which was
     * then not found on reopening).
     */
    @Test
    void aCallThatReturned_survivesTheProcessKilledRightAfter(@TempDir Path dir) throws Exception {
        Path path = dir.resolve("registry");
        Process host = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledHost.class.getName(), path.toString())
                .redirectErrorStream(true).start();
        String printed = new String(host.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(host.waitFor(2, TimeUnit.MINUTES)).as(printed).isTrue();
        String[] stored = printed.lines().reduce((first, last) -> last).orElseThrow().split(" ");
        assertThat(stored).as(printed).hasSize(4).endsWith("ACCEPTED");

        try (TalentRegistry reopened = EmbeddedRegistry.open(path)) {
            assertThat(reopened.artisans().get(ArtisanId.of(Long.parseLong(stored[0]))).details())
                    .isEqualTo(Fixtures.mechanic(41));
            RoundId roundId = RoundId.of(Long.parseLong(stored[1]));
            assertThat(reopened.rounds().get(roundId).stage()).isEqualTo(RoundStage.PUBLIC_VOTING);
            assertThat(reopened.rounds().ranking(roundId).nominees())
                    .extracting(RankedNominee::nominationId, RankedNominee::votes)
                    .containsExactly(tuple(NominationId.of(Long.parseLong(stored[2])), 1L));
        }
    }

    @Test
    void open_generatesAVoteSecretOnce_ownerOnly_andVotesAcrossReopening(@TempDir Path dir) throws Exception {
        Path path = dir.resolve("registry");
        Actor clerk = Actor.of("clerk", "张科长");
        RoundId roundId;
        try (TalentRegistry registry = EmbeddedRegistry.open(path)) {
            HonorProgram program = registry.programs().define(clerk, ProgramDefinition.zibo());
            roundId = registry.rounds().open(clerk, program.id(), 2016).id();
            registry.rounds().closeNominations(clerk, roundId);
            registry.rounds().closeEligibilityReview(clerk, roundId);
            registry.rounds().closeExpertReview(clerk, roundId);
            // Keyed, so the secret is there: without one the cast would throw naming voteSecret.
            assertThat(registry.rounds().castVote(roundId, new Ballot(NominationId.of(1), "64.0.0.1", Instant.now())))
                    .isEqualTo(VoteOutcome.UNKNOWN_NOMINEE);
        }
        Path file = dir.resolve("registry.vote-secret");
        byte[] secret = Files.readAllBytes(file);
        assertThat(secret).hasSize(32);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");

        try (TalentRegistry reopened = EmbeddedRegistry.open(path)) {
            assertThat(reopened.rounds().castVote(roundId, new Ballot(NominationId.of(1), "64.0.0.1", Instant.now())))
                    .isEqualTo(VoteOutcome.UNKNOWN_NOMINEE);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(secret);
        assertThat(EmbeddedRegistry.voteSecret(path)).isEqualTo(secret);
    }

    @Test
    void open_configuredWithoutVoteSecret_refusesAVotingProgramWhenDefined(@TempDir Path dir) {
        try (TalentRegistry registry = EmbeddedRegistry.open(dir.resolve("registry"), b -> { })) {
            assertThatThrownBy(() -> registry.programs().define(Actor.of("clerk", "张科长"), ProgramDefinition.zibo()))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("voteSecret"));
        }
        assertThat(dir.resolve("registry.vote-secret")).doesNotExist();
    }

    @Test
    void voteSecret_ofAFileOfTheWrongSize_isRefused(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("registry.vote-secret"), new byte[7]);

        assertThatThrownBy(() -> EmbeddedRegistry.voteSecret(dir.resolve("registry")))
                .isInstanceOf(RegistryException.class).hasMessageContaining("must hold 32 bytes, holds 7");
    }

    @Test
    void export_writesTheResolvedScriptsOfADatabase_inFlywaysNaming(@TempDir Path dir) throws Exception {
        List<Path> files = RegistryMigrations.export(Database.MARIADB, dir);

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("V001__create_artisans.sql", "V002__create_audit_events.sql",
                        "V003__create_honor_programs.sql", "V004__create_selection_rounds.sql", "V005__create_votes.sql",
                        "V006__create_honors.sql", "V007__create_technician_titles.sql",
                        "V008__index_artisan_birth_dates.sql", "V009__index_artisan_pages.sql",
                        "V010__create_pool_members.sql", "V011__create_engagements.sql", "V012__create_consents.sql",
                        "V013__binary_voter_keys.sql",
                        "V015__create_site_visits_and_nominee_notices.sql",
                        "V016__title_rounds_by_region_and_rule_versions.sql",
                        "V017__create_vote_tally_stripes.sql", "V018__index_audit_periods.sql",
                        "V019__create_registry_settings.sql", "V020__erasable_identity_numbers.sql",
                        "V021__title_round_cancellations_and_title_revocations.sql",
                        "V022__index_nominations_and_applications_by_artisan.sql",
                        "V023__title_rankings_kept_at_selection.sql", "V024__vote_secret_per_round.sql",
                        "V025__keep_computed_conflicts_of_rounds_past_expert_review.sql", "V026__honorees_as_named.sql",
                        "V027__index_active_honors_by_kind.sql", "V028__honors_by_artisan_with_their_kind_and_dates.sql",
                        "V029__nominees_as_ranked_when_named.sql", "V030__voting_opened_at.sql");
        String v001 = Files.readString(files.get(0));
        assertThat(v001).contains("BIGINT AUTO_INCREMENT", "DATETIME(6)", "utf8mb4").doesNotContain("${");
        assertThat(Files.readString(RegistryMigrations.export(Database.POSTGRESQL, dir.resolve("pg")).get(0)))
                .contains("GENERATED BY DEFAULT AS IDENTITY").doesNotContain("${", "ENGINE=");
    }
}
