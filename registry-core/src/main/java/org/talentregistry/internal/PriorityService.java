package org.talentregistry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;
import org.talentregistry.honor.HonorCitation;
import org.talentregistry.honor.HonorKind;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreSession;
import org.talentregistry.title.PriorityCheck;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityDecision;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.PriorityScreen;

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

    /**
     * A chunk of at least this many ids asks whether the tenant's honors of the policy's kinds are few beside
     * its ids ({@link #IDS_PER_HONOR}); a smaller one reads its artisans' honors without asking.
     */
    static final int ASKS_FROM = 1_000;

    /**
     * Where the tenant holds at most one honor of the policy's kinds per this many ids of a chunk, the check
     * reads every honor of the kinds, once, instead of sending the ids: a registry of a few hundred honorees
     * read for a million applicants is a few hundred rows, not a million ids joined to the honors. In issue
     * 14's benchmark on PostgreSQL (120,000 honors of the kind), reading every honor took 2.4 times as long as
     * reading by 100,000 ids, and a third as long as reading by a million: an honor read whole costs some
     * 2.5 ids sent, and this errs on the side of the ids.
     */
    static final int IDS_PER_HONOR = 4;

    /**
     * A screen of at least {@link #ASKS_FROM} ids reads every holder of a condition's kind, up to this many per
     * id, instead of sending the ids; where there are more it reads the holders among its ids after all. In
     * issue 14's benchmark on PostgreSQL (95,000 holders) reading every holder took 48 ms, against 76 ms for the
     * holders among 100,000 ids and 308 ms among a million: a holder read costs about half an id sent. Reading
     * at most twice as many holders as ids first bounds what a wrong guess costs to about one read by the ids,
     * where counting the kind's honors first took 16 ms of a 75 ms screen of 100,000.
     */
    static final int HOLDERS_PER_ID_SCREENED = 2;

    /**
     * A screen of at least {@link #ASKS_FROM} ids reads every artisan of the tenant young enough for an age
     * condition, up to this many per id, instead of the birth dates of its ids; where there are more it reads
     * the birth dates after all. In issue 14's benchmark (a million artisans, about half of them aged 45 or
     * under), a screen of a million ids under the honor and age policy took 0.23 s this way on PostgreSQL,
     * against 1.95 s. Where the young are more than the ids, the read given up costs what reading as many of
     * them as ids does: a screen of 100,000 ids took 269 ms against 232 on PostgreSQL, 444 against 385 on
     * MariaDB. A bound of more per id would cost more where it is given up.
     */
    static final int YOUNG_PER_ID_SCREENED = 1;

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
        String code = checkQuestion(titleCode, asOf);
        return store.withSession(tenant, s -> inForce(s, code, asOf));
    }

    /** Checks a question's title code and date; returns the code as it is looked up (see {@link Texts#lookup}). */
    private static String checkQuestion(String titleCode, LocalDate asOf) {
        String code = Texts.lookup("titleCode", titleCode, 40);
        Objects.requireNonNull(asOf, "asOf");
        Ranges.date("asOf", asOf);
        return code;
    }

    /**
     * Returns the policy in force. The title is read only where it has no policy, to refuse an unknown one as
     * such: a policy is defined only for a title there is, and no title is removed.
     */
    private static PriorityPolicy inForce(StoreSession s, String titleCode, LocalDate asOf) {
        List<PriorityPolicy> policies = s.titles().policies(titleCode);
        if (policies.isEmpty()) {
            TitleService.title(s, titleCode);
        }
        return PriorityEvaluator.inForce(policies, titleCode, asOf);
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
            return PriorityEvaluator.decide(policy, artisanId, born, PriorityEvaluator.cite(s.honors().ofArtisan(artisanId)),
                    asOf);
        });
    }

    @Override
    public Stream<PriorityDecision> checkAll(Stream<ArtisanId> artisanIds, String titleCode, LocalDate asOf) {
        Objects.requireNonNull(artisanIds, "artisanIds");
        PriorityPolicy policy = policy(titleCode, asOf);
        Set<HonorKind> kinds = PriorityEvaluator.honorKinds(policy);
        boolean needsBirthDates = PriorityEvaluator.needsBirthDates(policy);
        PriorityEvaluator.OnePolicy evaluator = new PriorityEvaluator.OnePolicy(policy, asOf);
        Spliterator<ArtisanId> given = artisanIds.spliterator();
        long known = given.getExactSizeIfKnown();
        Spliterator<PriorityDecision> decisions = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            // One array for every chunk, sized from the stream where it knows its size: a check of a million ids
            // allocates it once, and does not grow it a dozen times.
            private ArtisanId[] chunk = new ArtisanId[known < 0 ? Math.min(chunkSize, 1024)
                    : (int) Math.min(chunkSize, Math.max(1, known))];
            private int size;
            private int next;
            private Facts facts;
            private boolean ended;
            // Every honor of the policy's kinds, once a chunk found them few enough to read them all.
            private ByArtisan<List<HonorCitation>> everyHonor;
            // One consumer for every id: a method reference in the loop made one object per id.
            private final Consumer<ArtisanId> taker = this::take;

            @Override
            public boolean tryAdvance(Consumer<? super PriorityDecision> action) {
                if (next == size) {
                    if (ended || !fill()) {
                        return false;
                    }
                }
                ArtisanId id = chunk[next];
                chunk[next++] = null;
                List<HonorCitation> held = facts.honors().get(id);
                action.accept(evaluator.decide(id, facts.born().get(id), held == null ? List.of() : held));
                return true;
            }

            private boolean fill() {
                size = 0;
                next = 0;
                facts = null;
                boolean more = true;
                while (more && size < chunkSize) {
                    more = given.tryAdvance(taker);
                }
                ended = !more;
                if (size == 0) {
                    return false;
                }
                facts = read(Arrays.asList(chunk).subList(0, size), kinds, needsBirthDates, everyHonor);
                if (facts.everyHonor()) {
                    everyHonor = facts.honors();
                }
                return true;
            }

            private void take(ArtisanId id) {
                if (size == chunk.length) {
                    chunk = Arrays.copyOf(chunk, (int) Math.min(chunkSize, chunk.length * 2L));
                }
                chunk[size++] = Objects.requireNonNull(id, "artisan id");
            }
        };
        return StreamSupport.stream(decisions, false).onClose(artisanIds::close);
    }

    @Override
    public PriorityScreen screen(Collection<ArtisanId> artisanIds, String titleCode, LocalDate asOf) {
        Objects.requireNonNull(artisanIds, "artisanIds");
        // One copy, which the screen keeps. List.copyOf made two of a Stream.toList() (8 MB for a million ids), and
        // an ArtisanId[] checks each element's type as it copies: 6 ms for a million against 3.5 for an Object[].
        Object[] given = artisanIds.toArray();
        for (Object id : given) {
            if (id == null) {
                throw InvalidFieldException.required("artisanIds");
            }
        }
        String code = checkQuestion(titleCode, asOf);
        @SuppressWarnings("unchecked")
        List<ArtisanId> ids = (List<ArtisanId>) (List<?>) Arrays.asList(given);
        // One session for the policy and the reads: a screen of 10,000 ids took a quarter longer in two.
        return store.withSession(tenant, s -> {
            PriorityPolicy policy = inForce(s, code, asOf);
            PriorityCondition[] conditions = policy.conditions().toArray(PriorityCondition[]::new);
            BitSet[] met = new BitSet[conditions.length];
            PriorityEvaluator.OnePolicy ages = new PriorityEvaluator.OnePolicy(policy, asOf);
            DayByArtisan born = null;
            for (int c = 0; c < conditions.length; c++) {
                met[c] = new BitSet(given.length);
                if (conditions[c] instanceof PriorityCondition.HoldsHonor holds) {
                    markMembers(given, holders(s, ids, holds.kind(), asOf), met[c]);
                } else {
                    int years = ((PriorityCondition.AgedAtMost) conditions[c]).years();
                    ArtisanSet young = born == null ? young(s, ids.size(), asOf, years) : null;
                    if (young != null) {
                        markMembers(given, young, met[c]);
                        continue;
                    }
                    if (born == null) {
                        born = new DayByArtisan(given.length);
                        s.artisans().eachBirthDate(ids, born::put);
                    }
                    long decided = asOf.toEpochDay();
                    for (int i = 0; i < given.length; i++) {
                        long day = born.get((ArtisanId) given[i]);
                        if (day != DayByArtisan.NONE && day <= decided && ages.age(day) <= years) {
                            met[c].set(i);
                        }
                    }
                }
            }
            return new PriorityScreening(policy, asOf, ids, met, i -> decideNow(policy, ids.get(i), asOf));
        });
    }

    /**
     * Reads the artisans among the ids that hold an honor of a kind active on a date: every holder of the kind,
     * if there are at most {@link #HOLDERS_PER_ID_SCREENED} per id, else the holders among the ids.
     */
    private static ArtisanSet holders(StoreSession s, List<ArtisanId> ids, HonorKind kind, LocalDate asOf) {
        // A tenth of the artisans hold an honor of a kind, as a rule.
        if (ids.size() >= ASKS_FROM) {
            ArtisanSet every = new ArtisanSet(ids.size() / 8);
            if (s.honors().eachHolderOfKind(kind, asOf, (long) ids.size() * HOLDERS_PER_ID_SCREENED, every::add)) {
                return every;
            }
        }
        ArtisanSet among = new ArtisanSet(ids.size() / 8);
        s.honors().eachHolderAmong(ids, kind, asOf, among::add);
        return among;
    }

    /** Sets the positions of the given ids that the set holds. */
    private static void markMembers(Object[] given, ArtisanSet set, BitSet positions) {
        for (int i = 0; i < given.length; i++) {
            if (set.contains(((ArtisanId) given[i]).value())) {
                positions.set(i);
            }
        }
    }

    /**
     * Reads the tenant's artisans aged at most some years on a date, if a screen of this many ids asks and
     * there are at most {@link #YOUNG_PER_ID_SCREENED} per id; else null, and the screen reads its ids' birth
     * dates. An age of at least {@code k} is a birth on or before the day {@code k} years before the date (as
     * {@link PriorityEvaluator.OnePolicy} counts it), so at most {@code years} is a birth after the day {@code
     * years + 1} years before.
     */
    private static ArtisanSet young(StoreSession s, int ids, LocalDate asOf, int years) {
        if (ids < ASKS_FROM) {
            return null;
        }
        ArtisanSet young = new ArtisanSet(ids / 2);
        if (!s.artisans().eachBornAfter(asOf.minusYears(years + 1L), (long) ids * YOUNG_PER_ID_SCREENED, young::add)) {
            return null;
        }
        // Born after the date (a decision dated before the birth): not young on it, as the check decides.
        ArtisanSet unborn = new ArtisanSet(16);
        if (!s.artisans().eachBornAfter(asOf, (long) ids * YOUNG_PER_ID_SCREENED, unborn::add)) {
            return null;
        }
        return unborn.isEmpty() ? young : young.without(unborn);
    }

    /** Decides for one artisan of a screen, as the bulk check does: an unknown id holds nothing. */
    private PriorityDecision decideNow(PriorityPolicy policy, ArtisanId id, LocalDate asOf) {
        return store.withSession(tenant, s -> {
            LocalDate born = PriorityEvaluator.needsBirthDates(policy) ? s.artisans().birthDates(List.of(id)).get(id) : null;
            List<HonorCitation> held = new ArrayList<>();
            s.honors().eachCitationOfArtisans(List.of(id), PriorityEvaluator.honorKinds(policy), held::add);
            return PriorityEvaluator.decide(policy, id, born, held, asOf);
        });
    }

    /**
     * What a chunk's decisions are made from: birth dates, and the honors of its holders.
     *
     * @param everyHonor whether the honors are every honor of the policy's kinds, whoever holds them
     */
    private record Facts(DayByArtisan born, ByArtisan<List<HonorCitation>> honors, boolean everyHonor) {
    }

    /**
     * Reads what the policy needs for a chunk and nothing more: the citations of the honors of the kinds its
     * conditions name, and the birth dates only if it has an age condition. An id the tenant has no artisan
     * for is decided like any other: it holds no honor, and its age is not on record. The honors are those of
     * the chunk's artisans or, where the tenant has few of the kinds beside the chunk's ids, all of them, read
     * once for the whole check.
     *
     * @param everyHonor every honor of the kinds, as an earlier chunk read them, or null
     */
    private Facts read(List<ArtisanId> chunk, Set<HonorKind> kinds, boolean needsBirthDates,
            ByArtisan<List<HonorCitation>> everyHonor) {
        return store.withSession(tenant, s -> {
            DayByArtisan born = new DayByArtisan(needsBirthDates ? chunk.size() : 0);
            if (needsBirthDates) {
                s.artisans().eachBirthDate(chunk, born::put);
            }
            if (everyHonor != null) {
                return new Facts(born, everyHonor, true);
            }
            if (kinds.isEmpty()) {
                return new Facts(born, new ByArtisan<>(0), true);
            }
            int few = chunk.size() / IDS_PER_HONOR;
            long counted = chunk.size() >= ASKS_FROM ? s.honors().countOfKinds(kinds, few + 1L) : few + 1L;
            if (counted <= few) {
                ByArtisan<List<HonorCitation>> honors = new ByArtisan<>((int) counted);
                s.honors().eachCitationOfKinds(kinds, h -> add(honors, h));
                return new Facts(born, honors, true);
            }
            // A tenth of the artisans hold an honor of the kinds, as a rule.
            ByArtisan<List<HonorCitation>> honors = new ByArtisan<>(chunk.size() / 8);
            s.honors().eachCitationOfArtisans(chunk, kinds, h -> add(honors, h));
            return new Facts(born, honors, false);
        });
    }

    /** Adds an artisan's honor, unless it holds the same already: a store may hand it on once per time given. */
    private static void add(ByArtisan<List<HonorCitation>> honors, HonorCitation honor) {
        List<HonorCitation> held = honors.get(honor.artisanId());
        if (held == null) {
            honors.put(honor.artisanId(), List.of(honor));
            return;
        }
        for (HonorCitation h : held) {
            if (h.id().equals(honor.id())) {
                return;
            }
        }
        HonorCitation[] more = held.toArray(new HonorCitation[held.size() + 1]);
        more[held.size()] = honor;
        honors.put(honor.artisanId(), List.of(more));
    }
}
