package org.talentregistry.internal;

import static org.talentregistry.internal.Rounds.NOMINATION;
import static org.talentregistry.internal.Rounds.ROUND;
import static org.talentregistry.internal.Rounds.definition;
import static org.talentregistry.internal.Rounds.nomination;
import static org.talentregistry.internal.Rounds.plan;
import static org.talentregistry.internal.Rounds.requireStage;
import static org.talentregistry.internal.Rounds.required;
import static org.talentregistry.internal.Rounds.round;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.talentregistry.AcceptedValues;
import org.talentregistry.Actor;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TenantId;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.IngestSummary;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.VoteOutcome;
import org.talentregistry.selection.VotePolicy;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreSession;
import org.talentregistry.spi.VoteStore.CastResult;
import org.talentregistry.spi.VoteStore.KeyedVote;
import org.talentregistry.spi.VoterKey;

/** Public voting in the selection rounds of one tenant. */
final class VotingService {
    // A tenant runs a handful of rounds a year; this bounds the memory of a host that keeps one registry
    // for years. A round that drops out is read again by its next vote.
    private static final int OPEN_ROUNDS_KEPT = 64;

    private final RegistryStore store;
    private final TenantId tenant;
    private final Clock clock;
    private final Map<String, VotePolicy> policies;
    private final VoteSecrets secrets;
    private final Cache<RoundId, OpenRound> openRounds = CacheBuilder.newBuilder().maximumSize(OPEN_ROUNDS_KEPT).build();

    /**
     * Creates the service.
     *
     * @param store the store
     * @param tenant the tenant
     * @param clock the clock
     * @param policies the known vote policies by id
     * @param secrets the secrets that turn key material into the stored key, or null when there is no vote secret
     */
    VotingService(RegistryStore store, TenantId tenant, Clock clock, Map<String, VotePolicy> policies,
            VoteSecrets secrets) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
        this.policies = Map.copyOf(policies);
        this.secrets = secrets;
    }

    private VotePolicy policy(ProgramDefinition d) {
        VotePolicy policy = policies.get(d.votePolicy());
        if (policy == null) {
            throw new InvalidFieldException("program.votePolicy", FieldProblem.UNKNOWN_VOTE_POLICY_NAMED, d.votePolicy());
        }
        if (secrets == null) {
            throw new InvalidFieldException("voteSecret", FieldProblem.NO_VOTE_SECRET);
        }
        return policy;
    }

    VoteOutcome castVote(RoundId roundId, Ballot ballot) {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(ballot, "ballot");
        Optional<OpenRound> open = openRound(roundId, ballot.nominationId());
        if (open.isEmpty()) {
            return VoteOutcome.ROUND_NOT_IN_VOTING;
        }
        if (!open.get().running().contains(ballot.nominationId())) {
            return refusal(roundId, VoteOutcome.UNKNOWN_NOMINEE);
        }
        if (!open.get().takes(ballot.castAt(), clock.instant())) {
            return refusal(roundId, VoteOutcome.OUTSIDE_VOTING_PERIOD);
        }
        VoterKey key;
        try {
            key = keyOf(roundId, open.get(), ballot);
        } catch (InvalidFieldException e) {
            return refusal(roundId, VoteOutcome.INVALID_VOTER);
        }
        // No transaction of the registry's own: the store casts atomically, on PostgreSQL in one statement.
        CastResult result = store.withSession(tenant, s -> s.votes().cast(roundId, ballot.nominationId(), key, ballot.castAt()));
        return switch (result) {
            case STORED -> VoteOutcome.ACCEPTED;
            case DUPLICATE -> VoteOutcome.DUPLICATE;
            case ROUND_NOT_IN_VOTING -> {
                openRounds.invalidate(roundId);
                yield VoteOutcome.ROUND_NOT_IN_VOTING;
            }
        };
    }

    /** A refused ballot's outcome, unless the round has left public voting meanwhile, which comes first. */
    private VoteOutcome refusal(RoundId roundId, VoteOutcome refusal) {
        boolean voting = store.withSession(tenant, s -> s.rounds().find(roundId, false))
                .filter(r -> r.stage() == RoundStage.PUBLIC_VOTING).isPresent();
        if (!voting) {
            openRounds.invalidate(roundId);
        }
        return voting ? refusal : VoteOutcome.ROUND_NOT_IN_VOTING;
    }

    /**
     * Returns what a round in public voting needs to take votes, read once and then kept: neither the
     * round's program version nor its nominees in the running can change while it is in that stage
     * (nominations are withdrawn and verdicts given before it), and stages only move forward. Whether the
     * round is still in public voting is checked by every cast and batch, in the statement that stores
     * the votes or in the batch's transaction. Reading it names the round's vote secret where its first vote
     * has not, hence a transaction. Read in a host's transaction, it is not kept: that transaction may roll
     * back, and with it the round's move into public voting or the secret it named (a vote for a nominee
     * withdrawn after such a rollback was accepted). Such a read, made for every cast, looks up only the
     * nominee voted for, not the round's whole list.
     */
    private Optional<OpenRound> openRound(RoundId roundId, NominationId votedFor) {
        OpenRound known = openRounds.getIfPresent(roundId);
        if (known != null) {
            return Optional.of(known);
        }
        boolean keep = !store.joinsHostTransaction();
        Optional<OpenRound> read = store.inTransaction(tenant, s -> s.rounds().find(roundId, false)
                .filter(r -> r.stage() == RoundStage.PUBLIC_VOTING)
                .map(r -> keep ? openRound(s, r) : openRound(s, r, runningAmong(s, roundId, votedFor))));
        if (keep) {
            read.ifPresent(r -> openRounds.put(roundId, r));
        }
        return read;
    }

    /** The one nominee if it is the round's and in the running, else none. */
    private static Set<NominationId> runningAmong(StoreSession s, RoundId roundId, NominationId nominee) {
        return s.nominations().find(nominee, false)
                .filter(n -> n.roundId().equals(roundId) && n.isInTheRunning())
                .map(n -> Set.of(n.id()))
                .orElse(Set.of());
    }

    private OpenRound openRound(StoreSession s, SelectionRound round) {
        Set<NominationId> running = new HashSet<>();
        s.nominations().list(round.id()).stream().filter(Nomination::isInTheRunning).forEach(n -> running.add(n.id()));
        return openRound(s, round, Set.copyOf(running));
    }

    /** The round's open state, with the nominees in the running given (all of them, or those a cast needs). */
    private OpenRound openRound(StoreSession s, SelectionRound round, Set<NominationId> running) {
        VotePolicy policy = policy(definition(s, round));
        VoterKeys keys = keysOf(s, round.id());
        // Rounds that entered public voting before the time was kept (V030) take votes from their opening on.
        Instant votingOpenedAt = s.rounds().votingOpenedAt(round.id()).orElse(round.openedAt());
        return new OpenRound(policy, running, votingOpenedAt, keys);
    }

    /**
     * Returns the secret a round's voters are keyed under: the one its first vote named, or else the current
     * one, which it names now. A round keyed under a secret the registry was not given takes no vote: keyed
     * under another, a voter who voted before would be counted again.
     *
     * @throws InvalidFieldException naming {@code voteSecret} if the registry was not given the round's secret
     */
    private VoterKeys keysOf(StoreSession s, RoundId roundId) {
        String id = s.rounds().claimVoteSecret(roundId, secrets.current().id());
        return secrets.byId(id).orElseThrow(() -> new InvalidFieldException("voteSecret",
                FieldProblem.VOTE_SECRET_OF_ROUND_NOT_GIVEN, roundId.toString(), id));
    }

    /** The round is part of the hashed material, so that one voter's keys cannot be linked across rounds. */
    private VoterKey keyOf(RoundId roundId, OpenRound open, Ballot ballot) {
        return open.keys().key("round:" + roundId + "|" + open.policy().keyMaterial(ballot, clock.getZone()));
    }

    IngestSummary ingestVotes(RoundId roundId, List<Ballot> batch) {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(batch, "batch");
        // A round read here is kept once the batch commits: its vote secret, if this batch names it, is named then.
        // Not in a host's transaction, which may still roll back after the batch (see openRound).
        boolean keep = !store.joinsHostTransaction();
        AtomicReference<OpenRound> read = new AtomicReference<>();
        IngestSummary summary = store.inTransaction(tenant, s -> {
            // Locked, as closing the vote locks it: a batch read in voting would otherwise commit its votes after
            // the close, into a tally the next stage has read. Batches into one round take turns. Locked first:
            // the writers take shared locks on the round as they go, and two batches upgrading theirs at the end
            // deadlock (tried: PostgreSQL 40P01 and MariaDB 1213 with sixteen threads).
            SelectionRound round = round(s, roundId, true);
            requireStage(s, round, "ingestVotes", RoundStage.PUBLIC_VOTING);
            OpenRound open = openRounds.getIfPresent(roundId);
            if (open == null) {
                open = openRound(s, round);
                read.set(open);
            }
            return ingest(s, roundId, batch, open);
        });
        if (keep && read.get() != null) {
            openRounds.put(roundId, read.get());
        }
        return summary;
    }

    private IngestSummary ingest(StoreSession s, RoundId roundId, List<Ballot> batch, OpenRound open) {
        Map<VoteOutcome, Long> refused = new EnumMap<>(VoteOutcome.class);
        List<KeyedVote> keyed = new ArrayList<>(batch.size());
        Instant now = clock.instant();
        for (Ballot ballot : batch) {
            Objects.requireNonNull(ballot, "ballot");
            if (!open.running().contains(ballot.nominationId())) {
                refused.merge(VoteOutcome.UNKNOWN_NOMINEE, 1L, Long::sum);
                continue;
            }
            if (!open.takes(ballot.castAt(), now)) {
                refused.merge(VoteOutcome.OUTSIDE_VOTING_PERIOD, 1L, Long::sum);
                continue;
            }
            try {
                keyed.add(new KeyedVote(ballot.nominationId(), keyOf(roundId, open, ballot), ballot.castAt()));
            } catch (InvalidFieldException e) {
                refused.merge(VoteOutcome.INVALID_VOTER, 1L, Long::sum);
            }
        }
        long accepted = keyed.isEmpty() ? 0 : s.votes().ingest(roundId, keyed);
        return new IngestSummary(accepted, keyed.size() - accepted, refused);
    }

    IngestSummary ingestVotes(RoundId roundId, Stream<Ballot> ballots, int batchSize) {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(ballots, "ballots");
        if (batchSize < 1 || batchSize > 100_000) {
            throw new InvalidFieldException("batchSize", FieldProblem.OUT_OF_RANGE, "1", "100000", String.valueOf(batchSize));
        }
        IngestSummary total = IngestSummary.empty();
        Iterator<Ballot> it = ballots.iterator();
        List<Ballot> batch = new ArrayList<>(batchSize);
        while (it.hasNext()) {
            batch.add(it.next());
            if (batch.size() == batchSize || !it.hasNext()) {
                total = total.plus(ingestVotes(roundId, batch));
                batch = new ArrayList<>(batchSize);
            }
        }
        return total;
    }

    /**
     * What a round in public voting takes votes with.
     *
     * @param policy the vote policy of the round's program version
     * @param running the nominees in the running
     * @param votingOpenedAt when the round entered public voting: no vote of it can be cast earlier
     * @param keys the vote secret its voters are keyed under
     */
    private record OpenRound(VotePolicy policy, Set<NominationId> running, Instant votingOpenedAt, VoterKeys keys) {
        /**
         * Tells whether a vote cast at a time can belong to the round: not before it entered public voting, not
         * later than now plus the clock skew allowed. Compared, never converted, so that {@link Instant#MIN}
         * and {@link Instant#MAX} are refused like any other time.
         */
        boolean takes(Instant castAt, Instant now) {
            return !castAt.isBefore(votingOpenedAt) && !castAt.isAfter(now.plus(AcceptedValues.MAX_VOTE_CLOCK_SKEW));
        }
    }

    Nomination markBrushed(Actor actor, NominationId id, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        String why = required("reason", reason);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            // The round first, locked, as starting the notice locks it, then the nomination: brushing read in
            // scoring and saved after the notice was published would change a ranking already announced.
            SelectionRound round = round(s, nomination(s, id, false).roundId(), true);
            Nomination n = nomination(s, id, true);
            requireStage(s, round, "markBrushed", plan(s, round).brushingStages());
            long votes = s.votes().tally(n.roundId()).getOrDefault(id, 0L);
            s.nominations().setVotesBrushed(id, true);
            Audits.record(s, now, actor, "votes.brushed", NOMINATION, id, Audits.fields("votesBrushed", n.votesBrushed()),
                    Audits.fields("votesBrushed", true, "votesDisregarded", votes), why);
            return nomination(s, id, false);
        });
    }

    long purgeVoterKeys(Actor actor, RoundId roundId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(roundId, "roundId");
        store.withSession(tenant, s -> {
            requireStage(s, round(s, roundId, false), "purgeVoterKeys", RoundStage.NAMED, RoundStage.CANCELLED);
            return null;
        });
        return purgeKeysInBatches(store, tenant, clock, actor, roundId, PURGE_BATCH)[0];
    }

    /**
     * Keys one purge transaction deletes at most: 440,000 keys in one H2 DELETE took 8 s and all its memory, and
     * in transactions of 10,000 keys 2.0-2.1 s, of 5,000 keys 1.8-1.9 s (the README example, H2 writing each commit
     * to its file: 2.9-5.0 s against 1.7 s).
     */
    static final int PURGE_BATCH = 5_000;

    /**
     * Deletes a round's voter keys in transactions of at most {@code batch} keys each, each transaction recording
     * the keys it deleted in an audit event of its own, so that a purge cut short has audited every deletion it
     * committed; a round with no keys left gets one event saying so. The round's stage was checked by the caller:
     * a named or cancelled round gets no new keys, so a purge cut short is finished by running it again.
     *
     * @return the keys deleted, and the number of transactions
     */
    static long[] purgeKeysInBatches(RegistryStore store, TenantId tenant, Clock clock, Actor actor, RoundId roundId,
            int batch) {
        long purged = 0;
        long transactions = 0;
        long deleted;
        do {
            Instant now = clock.instant();
            deleted = store.inTransaction(tenant, s -> {
                long keys = s.votes().purgeKeys(roundId, batch);
                if (keys > 0) {
                    Audits.record(s, now, actor, "votes.keysPurged", ROUND, roundId, null, Audits.fields("keys", keys), null);
                }
                return keys;
            });
            purged += deleted;
            transactions++;
        } while (deleted == batch);
        if (purged == 0) {
            Instant now = clock.instant();
            store.inTransaction(tenant, s -> {
                Audits.record(s, now, actor, "votes.keysPurged", ROUND, roundId, null, Audits.fields("keys", 0L), null);
                return null;
            });
        }
        return new long[] {purged, transactions};
    }
}
