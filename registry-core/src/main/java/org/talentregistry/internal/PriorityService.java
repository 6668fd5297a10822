package org.talentregistry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorKind;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.title.PriorityCheck;
import org.talentregistry.title.PriorityDecision;
import org.talentregistry.title.PriorityPolicy;

/** Answers priority questions for one artisan or many. */
public final class PriorityService implements PriorityCheck {
    /**
     * Ids read per chunk. A chunk holds its ids and their honors of the policy's kinds (and birth dates, for an
     * age condition), not their decisions, which are made as the stream is consumed: under the honor policy of
     * the benchmark, by estimate 40-50 MB for a million ids. Large chunks matter on PostgreSQL, where a chunk's honors
     * are read by one scan of the honors with its ids hashed: a million ids in chunks of 100,000 scanned the
     * honors ten times and planned ten arrays, where the raw lookup scans them once; a check of a million took
     * 2.7 times the raw lookup's time (issue 14). The store splits a chunk further where its database binds
     * fewer ids at once.
     */
    public static final int CHUNK = 1_000_000;

    private static final Comparator<Honor> BY_ID = Comparator.comparingLong(h -> h.id().value());

    private final RegistryStore store;
    private final TenantId tenant;
    private final int chunkSize;

    /**
     * Creates the service.
     *
     * @param store the store
     * @param tenant the tenant
     * @param chunkSize the ids read per chunk, positive (see {@code TalentRegistry.Builder.bulkCheckChunk})
     */
    public PriorityService(RegistryStore store, TenantId tenant, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be positive, got " + chunkSize);
        }
        this.store = store;
        this.tenant = tenant;
        this.chunkSize = chunkSize;
    }

    private PriorityPolicy policy(String titleCode, LocalDate asOf) {
        Texts.lookup("titleCode", titleCode, 40);
        Objects.requireNonNull(asOf, "asOf");
        Ranges.date("asOf", asOf);
        return store.withSession(tenant, s -> {
            TitleService.title(s, titleCode);
            return PriorityEvaluator.inForce(s.titles().policies(titleCode), titleCode, asOf);
        });
    }

    @Override
    public PriorityDecision check(ArtisanId artisanId, String titleCode, LocalDate asOf) {
        Objects.requireNonNull(artisanId, "artisanId");
        PriorityPolicy policy = policy(titleCode, asOf);
        return store.withSession(tenant, s -> {
            LocalDate born = s.artisans().birthDates(List.of(artisanId)).get(artisanId);
            if (born == null) {
                throw new ArtisanNotFoundException(artisanId);
            }
            return PriorityEvaluator.decide(policy, artisanId, born, s.honors().ofArtisan(artisanId), asOf);
        });
    }

    @Override
    public Stream<PriorityDecision> checkAll(Stream<ArtisanId> artisanIds, String titleCode, LocalDate asOf) {
        Objects.requireNonNull(artisanIds, "artisanIds");
        PriorityPolicy policy = policy(titleCode, asOf);
        Set<HonorKind> kinds = PriorityEvaluator.honorKinds(policy);
        boolean needsBirthDates = PriorityEvaluator.needsBirthDates(policy);
        PriorityEvaluator.OnePolicy evaluator = new PriorityEvaluator.OnePolicy(policy, asOf);
        Iterator<ArtisanId> ids = artisanIds.iterator();
        Spliterator<PriorityDecision> decisions = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            // One list for every chunk: a check of a million ids allocates it once.
            private final List<ArtisanId> chunk = new ArrayList<>();
            private Facts facts;
            private int next;

            @Override
            public boolean tryAdvance(Consumer<? super PriorityDecision> action) {
                if (next == chunk.size()) {
                    if (!ids.hasNext()) {
                        return false;
                    }
                    chunk.clear();
                    facts = null;
                    while (ids.hasNext() && chunk.size() < chunkSize) {
                        chunk.add(Objects.requireNonNull(ids.next(), "artisan id"));
                    }
                    facts = read(chunk, kinds, needsBirthDates);
                    next = 0;
                }
                ArtisanId id = chunk.get(next++);
                action.accept(evaluator.decide(id, facts.born().get(id), facts.honors().getOrDefault(id, List.of())));
                return true;
            }
        };
        return StreamSupport.stream(decisions, false).onClose(artisanIds::close);
    }

    /** What a chunk's decisions are made from. */
    private record Facts(Map<ArtisanId, LocalDate> born, Map<ArtisanId, List<Honor>> honors) {
    }

    /**
     * Reads what the policy needs for a chunk and nothing more: the honors of the kinds its conditions name,
     * and the birth dates only if it has an age condition. An id the tenant has no artisan for is decided
     * like any other: it holds no honor, and its age is not on record.
     */
    private Facts read(List<ArtisanId> chunk, Set<HonorKind> kinds, boolean needsBirthDates) {
        return store.withSession(tenant, s -> {
            Map<ArtisanId, LocalDate> born = needsBirthDates ? s.artisans().birthDates(chunk) : Map.of();
            Map<ArtisanId, List<Honor>> honors = new HashMap<>();
            if (!kinds.isEmpty()) {
                // Most holders hold one honor of the kinds: a list of one until a second comes.
                s.honors().eachOfArtisans(chunk, kinds, h -> honors.merge(h.artisanId(), List.of(h), (held, one) -> {
                    List<Honor> more = new ArrayList<>(held.size() + 1);
                    more.addAll(held);
                    more.add(one.get(0));
                    return more;
                }));
                // By id, as check() reads them: the first active honor found is the one a decision cites.
                for (List<Honor> held : honors.values()) {
                    if (held.size() > 1) {
                        held.sort(BY_ID);
                    }
                }
            }
            return new Facts(born, honors);
        });
    }
}
