package org.talentregistry.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.talentregistry.Actor;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TenantId;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.HonorPrograms;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ProgramNotFoundException;
import org.talentregistry.spi.RegistryStore;

/** The honor programs of one tenant. */
public final class ProgramService implements HonorPrograms {
    private final RegistryStore store;
    private final TenantId tenant;
    private final Clock clock;
    private final Set<String> knownPolicies;
    private final boolean hasVoteSecret;

    /**
     * Creates the service.
     *
     * @param store the store
     * @param tenant the tenant
     * @param clock the clock
     * @param knownPolicies the ids of the vote policies the registry knows
     * @param hasVoteSecret whether the registry was given a vote secret, without which a program that takes
     *     a public vote is refused
     */
    public ProgramService(RegistryStore store, TenantId tenant, Clock clock, Set<String> knownPolicies,
            boolean hasVoteSecret) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
        this.knownPolicies = Set.copyOf(knownPolicies);
        this.hasVoteSecret = hasVoteSecret;
    }

    @Override
    public HonorProgram define(Actor actor, ProgramDefinition definition) {
        Objects.requireNonNull(actor, "actor");
        checkPolicy(definition);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            HonorProgramId id = s.programs().insert(definition, now);
            Audits.record(s, now, actor, "program.defined", "program", id, null,
                    Audits.fields("version", 1, "definition", definition.toString()), null);
            return s.programs().current(id, false).orElseThrow();
        });
    }

    @Override
    public HonorProgram revise(Actor actor, HonorProgramId id, ProgramDefinition definition) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        checkPolicy(definition);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            HonorProgram current = s.programs().current(id, true)
                    .orElseThrow(() -> new ProgramNotFoundException(id));
            int version = current.version() + 1;
            s.programs().insertVersion(id, version, definition, now);
            Audits.record(s, now, actor, "program.revised", "program", id,
                    Audits.fields("version", current.version(), "definition", current.definition().toString()),
                    Audits.fields("version", version, "definition", definition.toString()), null);
            return s.programs().current(id, false).orElseThrow();
        });
    }

    private void checkPolicy(ProgramDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        if (!knownPolicies.contains(definition.votePolicy())) {
            throw new InvalidFieldException("program.votePolicy", FieldProblem.UNKNOWN_VOTE_POLICY,
                    Texts.quote(definition.votePolicy()), knownPolicies.toString());
        }
        if (!hasVoteSecret) {
            requireNoVote(definition);
        }
    }

    /**
     * Refuses a program that takes a public vote when the registry has no vote secret to key voters with:
     * better when the program is defined or a round opened than at its first vote.
     *
     * @param definition the program's definition, not null
     * @throws InvalidFieldException naming {@code voteSecret} if the program's vote weight is above zero
     */
    static void requireNoVote(ProgramDefinition definition) {
        if (definition.scoring().voteWeight().signum() > 0) {
            throw new InvalidFieldException("voteSecret", FieldProblem.NO_VOTE_SECRET_FOR_PROGRAM,
                    Texts.quote(definition.name()));
        }
    }

    @Override
    public HonorProgram get(HonorProgramId id) {
        Objects.requireNonNull(id, "id");
        return store.withSession(tenant, s -> s.programs().current(id, false))
                .orElseThrow(() -> new ProgramNotFoundException(id));
    }

    @Override
    public HonorProgram get(HonorProgramId id, int version) {
        Objects.requireNonNull(id, "id");
        return store.withSession(tenant, s -> s.programs().version(id, version))
                .orElseThrow(() -> new ProgramNotFoundException(id, version));
    }

    @Override
    public List<HonorProgram> list() {
        return List.copyOf(store.withSession(tenant, s -> s.programs().list()));
    }
}
