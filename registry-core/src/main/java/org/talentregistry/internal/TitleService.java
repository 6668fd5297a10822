package org.talentregistry.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.talentregistry.AcceptedValues;
import org.talentregistry.Actor;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.EligibilityFacts;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.Revocation;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreSession;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.RankedApplicant;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TechnicianTitles;
import org.talentregistry.title.TitleApplication;
import org.talentregistry.title.TitleAward;
import org.talentregistry.title.TitleAwardId;
import org.talentregistry.title.TitleRanking;
import org.talentregistry.title.TitleRefusedException;
import org.talentregistry.title.TitleRefusedException.Rule;
import org.talentregistry.title.TitleRound;
import org.talentregistry.title.TitleRoundId;
import org.talentregistry.title.TitleVersion;

/** Technician titles, their policies, rounds and awards for one tenant. */
public final class TitleService implements TechnicianTitles {
    private static final int TITLE_CODE_LENGTH = 40;

    private final RegistryStore store;

    private final TenantId tenant;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param store the store
     * @param tenant the tenant
     * @param clock the clock
     */
    public TitleService(RegistryStore store, TenantId tenant, Clock clock) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
    }

    static TechnicianTitle title(StoreSession s, String code) {
        return s.titles().title(code).orElseThrow(() -> new TitleRefusedException(Rule.NO_SUCH_TITLE, code));
    }

    private static TitleRound round(StoreSession s, TitleRoundId id, boolean forUpdate) {
        return s.titles().round(id, forUpdate).orElseThrow(() -> new TitleRefusedException(Rule.NO_SUCH_ROUND, id));
    }

    /** Refuses a round that takes no applications and makes no selection: selected, or cancelled. */
    private static TitleRound requireOpen(TitleRound round) {
        if (round.selected()) {
            throw new TitleRefusedException(Rule.ROUND_SELECTED, round.id());
        }
        if (round.isCancelled()) {
            throw new TitleRefusedException(Rule.ROUND_CANCELLED, round.id(), round.cancelledOn().orElseThrow(),
                    round.cancelReason().orElseThrow());
        }
        return round;
    }

    /** The version in force on a date; versions never overlap, so there is at most one. */
    private static TitleVersion inForce(List<TitleVersion> versions, String code, LocalDate date) {
        return versions.stream().filter(v -> v.isInForceOn(date)).findFirst()
                .orElseThrow(() -> new TitleRefusedException(Rule.NO_RULES_IN_FORCE, code, date));
    }

    /**
     * Returns a selected round of a title whose date passes a test, the first by id: what a change of the title's
     * rules or policies must leave as it was decided.
     */
    private static Optional<TitleRound> selectedRoundDated(StoreSession s, String code, Predicate<LocalDate> test) {
        return s.titles().rounds(code).stream().filter(r -> r.selected() && test.test(r.roundDate())).findFirst();
    }

    private static Optional<TitleVersion> latest(List<TitleVersion> versions) {
        return versions.stream().max(Comparator.comparing(TitleVersion::validFrom));
    }

    @Override
    public TechnicianTitle define(Actor actor, TechnicianTitle title) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(title, "title");
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            s.titles().title(title.code(), true);
            requireCriteriaThatCanHold(s, title);
            Optional<TitleVersion> latest = latest(s.titles().versions(title.code()));
            if (latest.isPresent()) {
                selectedRoundDated(s, title.code(), latest.get()::isInForceOn).ifPresent(round -> {
                    throw new TitleRefusedException(Rule.RULES_DECIDED_A_ROUND, title.code(), latest.get().version(),
                            round.id(), round.roundDate());
                });
            }
            TitleVersion version = latest
                    .map(v -> new TitleVersion(v.version(), v.validFrom(), v.validUntil(), title))
                    .orElseGet(() -> new TitleVersion(1, AcceptedValues.EARLIEST_DATE, Optional.empty(), title));
            s.titles().saveTitle(title);
            s.titles().saveVersion(version);
            // Redefined in place, the latest version's rules are replaced: the event keeps what they were.
            Audits.record(s, now, actor, latest.isPresent() ? "title.redefined" : "title.defined", "title", title.code(),
                    latest.map(v -> titleFields(v.rules(), v.version())).orElse(null), titleFields(title, version.version()),
                    null);
            return title(s, title.code());
        });
    }

    /**
     * Refuses an honor condition no honor could meet: a program the tenant does not have, or a tier code none of
     * its versions has (honors keep the tier they were granted under, so every version's count).
     */
    private static void requireHonorsThereCanBe(StoreSession s, String field, HonorProgramId programId,
            Set<String> tierCodes) {
        HonorProgram program = s.programs().current(programId, false)
                .orElseThrow(() -> new InvalidFieldException(field + ".program", FieldProblem.NO_SUCH_PROGRAM,
                        programId.toString()));
        Set<String> tiers = new TreeSet<>();
        for (int v = 1; v <= program.version(); v++) {
            s.programs().version(program.id(), v).ifPresent(p -> p.definition().tiers().forEach(t -> tiers.add(t.code())));
        }
        for (String tier : new TreeSet<>(tierCodes)) {
            if (!tiers.contains(tier)) {
                throw new InvalidFieldException(field + ".tierCodes", FieldProblem.NOT_A_TIER_OF_PROGRAM, Texts.quote(tier),
                        program.id().toString(), String.join("/", tiers));
            }
        }
    }

    /**
     * Refuses a title's criterion no applicant could meet: a prerequisite title the tenant has not defined (nor the
     * title itself), an earlier honor of a program the tenant does not have or of a tier it never had.
     */
    private static void requireCriteriaThatCanHold(StoreSession s, TechnicianTitle title) {
        for (Criterion c : title.criteria()) {
            if (c instanceof Criterion.HoldsTitle holds && !holds.titleCode().equals(title.code())
                    && s.titles().title(holds.titleCode(), false).isEmpty()) {
                throw new InvalidFieldException("criterion.titleCode", FieldProblem.NO_SUCH_TITLE_DEFINED,
                        Texts.quote(holds.titleCode()));
            } else if (c instanceof Criterion.HoldsHonor holds) {
                requireHonorsThereCanBe(s, "criterion", holds.program(), holds.tierCodes());
            }
        }
    }

    /** A title's rules as the audit keeps them. */
    private static Map<String, Object> titleFields(TechnicianTitle title, int version) {
        return Audits.fields("name", title.name(), "version", version, "roundCap", title.roundCap(),
                "termYears", title.termYears().orElse(null),
                "maxSelectionsPerPerson", title.maxSelectionsPerPerson().orElse(null),
                "criteria", title.criteria().stream().map(c -> c.id() + " " + c.severity()).toList(),
                "cityQuotas", new java.util.TreeMap<>(title.cityQuotas()).toString());
    }

    @Override
    public TitleVersion defineVersion(Actor actor, TechnicianTitle rules, LocalDate validFrom, Optional<LocalDate> validUntil) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(rules, "rules");
        // Checks the dates before the transaction: the number is a placeholder until the versions are read.
        new TitleVersion(1, validFrom, validUntil, rules);
        Instant now = clock.instant();
        String code = rules.code();
        return store.inTransaction(tenant, s -> {
            requireCriteriaThatCanHold(s, rules);
            if (s.titles().title(code, true).isEmpty()) {
                // A title not defined yet has no row to lock: its row is written first, so that a version of the
                // same title defined at the same time waits for this one on the row's key, then reads this
                // one's version instead of numbering its own the same and writing over it.
                s.titles().saveTitle(rules);
                s.titles().title(code, true);
            }
            List<TitleVersion> versions = s.titles().versions(code);
            // Only an open-ended version takes over from the open one: a bounded one inside it would end it for
            // good, leaving the days after the bounded one with no rules (and rounds decided there without theirs).
            Optional<TitleVersion> ended = latest(versions)
                    .filter(v -> validUntil.isEmpty() && v.validUntil().isEmpty() && v.validFrom().isBefore(validFrom))
                    .map(v -> new TitleVersion(v.version(), v.validFrom(), Optional.of(validFrom), v.rules()));
            for (TitleVersion v : versions) {
                TitleVersion existing = ended.filter(e -> e.version() == v.version()).orElse(v);
                if (existing.overlaps(validFrom, validUntil)) {
                    throw new TitleRefusedException(Rule.VERSION_OVERLAPS, code,
                            existing.isInForceOn(validFrom) ? "validFrom" : "validUntil", existing);
                }
            }
            Optional<TitleRound> covered = selectedRoundDated(s, code, date -> !date.isBefore(validFrom)
                    && validUntil.map(date::isBefore).orElse(true));
            if (covered.isPresent()) {
                TitleRound round = covered.get();
                throw new TitleRefusedException(Rule.VERSION_COVERS_DECIDED_ROUND, code, validFrom, round.id(),
                        round.roundDate(), inForce(versions, code, round.roundDate()).version());
            }
            TitleVersion version = new TitleVersion(versions.stream().mapToInt(TitleVersion::version).max().orElse(0) + 1,
                    validFrom, validUntil, rules);
            // The title's row holds the rules of its newest version.
            boolean newest = latest(versions).map(v -> v.validFrom().isBefore(validFrom)).orElse(true);
            s.titles().saveTitle(newest ? rules : latest(versions).orElseThrow().rules());
            ended.ifPresent(s.titles()::saveVersion);
            s.titles().saveVersion(version);
            Audits.record(s, now, actor, "titleVersion.defined", "title", code, null,
                    Audits.fields("version", version.version(), "validFrom", validFrom.toString(),
                            "validUntil", validUntil.map(Object::toString).orElse(null),
                            "ended", ended.map(TitleVersion::version).orElse(null), "name", rules.name(),
                            "roundCap", rules.roundCap(), "termYears", rules.termYears().orElse(null)), null);
            return version;
        });
    }

    @Override
    public List<TitleVersion> versions(String given) {
        String code = Texts.lookup("code", given, TITLE_CODE_LENGTH);
        return store.withSession(tenant, s -> {
            title(s, code);
            return List.copyOf(s.titles().versions(code));
        });
    }

    @Override
    public TitleVersion rulesInForce(String given, LocalDate date) {
        String code = Texts.lookup("code", given, TITLE_CODE_LENGTH);
        Objects.requireNonNull(date, "date");
        Ranges.date("date", date);
        return store.withSession(tenant, s -> {
            title(s, code);
            return inForce(s.titles().versions(code), code, date);
        });
    }

    @Override
    public TechnicianTitle get(String given) {
        String code = Texts.lookup("code", given, TITLE_CODE_LENGTH);
        return store.withSession(tenant, s -> title(s, code));
    }

    @Override
    public PriorityPolicy definePolicy(Actor actor, PriorityPolicy policy) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(policy, "policy");
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            // Locked, as a selection locks it: a round selected meanwhile is seen, and one selecting waits.
            s.titles().title(policy.titleCode(), true)
                    .orElseThrow(() -> new TitleRefusedException(Rule.NO_SUCH_TITLE, policy.titleCode()));
            for (PriorityCondition condition : policy.conditions()) {
                if (condition instanceof PriorityCondition.HoldsHonor holds) {
                    requireHonorsThereCanBe(s, "condition", holds.program(), holds.tierCodes());
                }
            }
            List<PriorityPolicy> policies = s.titles().policies(policy.titleCode());
            // Two policies of the title taking effect on one day: which one decides could not be told.
            policies.stream().filter(p -> !p.id().equals(policy.id()) && p.validFrom().equals(policy.validFrom()))
                    .findFirst().ifPresent(p -> {
                        throw new TitleRefusedException(Rule.POLICY_SAME_DAY, policy.id(), policy.version(), p.id(),
                                p.version(), policy.validFrom());
                    });
            List<PriorityPolicy> with = new ArrayList<>(policies);
            with.add(policy);
            // The very object given, not an equal one stored: that is POLICY_VERSION_EXISTS, below.
            selectedRoundDated(s, policy.titleCode(), date -> policy.isInForceOn(date)
                    && PriorityEvaluator.inForce(with, policy.titleCode(), date) == policy).ifPresent(round -> {
                        throw new TitleRefusedException(Rule.POLICY_COVERS_DECIDED_ROUND, policy.id(), policy.version(),
                                policy.validFrom(), round.id(), round.roundDate());
                    });
            s.titles().insertPolicy(policy);
            Audits.record(s, now, actor, "policy.defined", "policy", policy.id() + "@" + policy.version(), null,
                    Audits.fields("title", policy.titleCode(), "validFrom", policy.validFrom().toString(),
                            "validUntil", policy.validUntil().map(Object::toString).orElse(null),
                            "conditions", policy.conditions().stream().map(c -> c.id()).toList()), null);
            return policy;
        });
    }

    @Override
    public PriorityPolicy policyInForce(String given, LocalDate date) {
        String titleCode = Texts.lookup("titleCode", given, TITLE_CODE_LENGTH);
        Objects.requireNonNull(date, "date");
        Ranges.date("date", date);
        return PriorityEvaluator.inForce(store.withSession(tenant, s -> s.titles().policies(titleCode)), titleCode, date);
    }

    @Override
    public TitleRound openRound(Actor actor, String given, IssuingRegion region, int year, LocalDate roundDate) {
        Objects.requireNonNull(actor, "actor");
        String titleCode = Texts.lookup("titleCode", given, TITLE_CODE_LENGTH);
        Objects.requireNonNull(region, "region");
        Ranges.year("year", year);
        Objects.requireNonNull(roundDate, "roundDate");
        Ranges.eventDate("roundDate", roundDate);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            title(s, titleCode);
            int version = inForce(s.titles().versions(titleCode), titleCode, roundDate).version();
            TitleRoundId id = s.titles().insertRound(titleCode, region, year, roundDate, now);
            Audits.record(s, now, actor, "titleRound.opened", "titleRound", id, null,
                    Audits.fields("title", titleCode, "region", region.code(), "year", year,
                            "roundDate", roundDate.toString(), "rulesVersion", version), null);
            return round(s, id, false);
        });
    }

    @Override
    public TitleRound round(TitleRoundId roundId) {
        Objects.requireNonNull(roundId, "roundId");
        return store.withSession(tenant, s -> round(s, roundId, false));
    }

    @Override
    public List<TitleRound> rounds(String given) {
        String titleCode = Texts.lookup("titleCode", given, TITLE_CODE_LENGTH);
        return store.withSession(tenant, s -> {
            title(s, titleCode);
            return List.copyOf(s.titles().rounds(titleCode));
        });
    }

    @Override
    public TitleRound cancelRound(Actor actor, TitleRoundId roundId, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(roundId, "roundId");
        String why = Texts.requiredText("reason", reason, 500);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        return store.inTransaction(tenant, s -> {
            TitleRound open = requireOpen(round(s, roundId, true));
            s.titles().markCancelled(roundId, today, why);
            Audits.record(s, now, actor, "titleRound.cancelled", "titleRound", roundId, null,
                    Audits.fields("cancelledOn", today.toString()), why);
            return new TitleRound(open.id(), open.titleCode(), open.region(), open.year(), open.roundDate(), false,
                    open.openedAt(), Optional.of(today), Optional.of(why));
        });
    }

    @Override
    public TitleApplication apply(Actor actor, TitleRoundId roundId, ArtisanId artisanId, BigDecimal score,
            Declarations declarations) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(artisanId, "artisanId");
        // Size and places before anything else: toPlainString of 1E+999999999 would not fit in memory.
        BigDecimal checked = Ranges.decimal("score", score, 6, AcceptedValues.MAX_SCORE_SCALE);
        Objects.requireNonNull(declarations, "declarations");
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            // Locked, as selecting and cancelling lock it: an application recorded while either runs would be
            // left out of the selection, or taken in by a round that no longer takes any.
            TitleRound round = requireOpen(round(s, roundId, true));
            Artisan artisan = s.artisans().find(artisanId, false).orElseThrow(() -> new ArtisanNotFoundException(artisanId));
            String home = artisan.details().region().code();
            if (!round.region().covers(home)) {
                throw new TitleRefusedException(Rule.OUTSIDE_REGION, artisanId, home, round.region());
            }
            TitleApplication application = new TitleApplication(roundId, artisanId, checked, declarations, now);
            s.titles().insertApplication(application);
            Audits.record(s, now, actor, "titleApplication.recorded", "titleRound", roundId, null,
                    Audits.fields("artisan", artisanId.toString(), "score", checked.toPlainString()), null);
            return application;
        });
    }

    @Override
    public TitleApplication withdrawApplication(Actor actor, TitleRoundId roundId, ArtisanId artisanId, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(artisanId, "artisanId");
        String why = Texts.requiredText("reason", reason, 500);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            requireOpen(round(s, roundId, true));
            TitleApplication withdrawn = s.titles().deleteApplication(roundId, artisanId)
                    .orElseThrow(() -> new TitleRefusedException(Rule.NOT_APPLIED, artisanId, roundId));
            Audits.record(s, now, actor, "titleApplication.withdrawn", "titleRound", roundId,
                    Audits.fields("artisan", artisanId.toString(), "score", withdrawn.score().toPlainString()), null, why);
            return withdrawn;
        });
    }

    @Override
    public TitleRanking ranking(TitleRoundId roundId) {
        Objects.requireNonNull(roundId, "roundId");
        return store.withSession(tenant, s -> ranking(s, round(s, roundId, false)));
    }

    /**
     * Returns the ranking a selected round kept at its selection, or works out the ranking of a round not selected
     * (or selected before rankings were kept) from the facts on record now.
     */
    static TitleRanking ranking(StoreSession s, TitleRound round) {
        if (round.selected()) {
            Optional<TitleRanking> kept = s.titles().recordedRanking(round);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        return rankingNow(s, round);
    }

    private static TitleRanking rankingNow(StoreSession s, TitleRound round) {
        TitleVersion version = inForce(s.titles().versions(round.titleCode()), round.titleCode(), round.roundDate());
        TechnicianTitle title = version.rules();
        PriorityPolicy policy = PriorityEvaluator.inForce(s.titles().policies(title.code()), title.code(), round.roundDate());
        List<Criterion> criteria = new ArrayList<>(title.criteria());
        title.maxSelectionsPerPerson().ifPresent(max ->
                criteria.add(new Criterion.SelectionLimit("selection-limit", Severity.HARD, title.code(), max)));
        List<TitleApplication> applications = s.titles().applications(round.id());
        List<ArtisanId> ids = applications.stream().map(TitleApplication::artisanId).toList();
        Map<ArtisanId, Artisan> artisans = s.artisans().findAll(ids);
        Map<ArtisanId, List<Honor>> honorsOf = s.honors().ofArtisans(ids).stream()
                .collect(Collectors.groupingBy(Honor::artisanId));
        // Prerequisites count the titles awarded by the round's region and the regions below it: a provincial
        // round sees every city's awards, a city's round not its neighbour's. The per-person limit of the round's
        // own title also counts its awards by the regions above: a city's round sees the province's award of the
        // same title, as the province's round sees the city's, whichever was selected first. A round not selected
        // yet also sees the awards of rounds dated after it that were selected first, which count against the
        // per-person limit; a selected round ranked again (before V023) the awards before its date.
        Map<ArtisanId, List<TitleAward>> titlesOf = s.titles().awardsOf(ids).stream()
                .filter(award -> (round.region().covers(award.region())
                        || award.titleCode().equals(title.code()) && award.region().covers(round.region()))
                        && !award.roundId().equals(round.id())
                        && (!round.selected() || award.startsOn().isBefore(round.roundDate())))
                .collect(Collectors.groupingBy(TitleAward::artisanId));
        List<TitleRanker.Entry> entries = new ArrayList<>();
        for (TitleApplication application : applications) {
            Artisan artisan = Optional.ofNullable(artisans.get(application.artisanId()))
                    .orElseThrow(() -> new ArtisanNotFoundException(application.artisanId()));
            List<Honor> honors = honorsOf.getOrDefault(artisan.id(), List.of());
            List<TitleAward> titles = titlesOf.getOrDefault(artisan.id(), List.of());
            EligibilityFacts facts = new EligibilityFacts(artisan, round.roundDate(), application.declarations(), honors, titles);
            Verdict verdict = new Verdict(round.roundDate(), criteria.stream().map(c -> c.evaluate(facts)).toList());
            entries.add(new TitleRanker.Entry(application, artisan.name(), artisan.details().region().code(), verdict,
                    PriorityEvaluator.decide(policy, artisan.id(), artisan.birthDate(),
                            PriorityEvaluator.cite(honors), round.roundDate())));
        }
        return new TitleRanking(round, version, TitleRanker.rank(title, policy, entries));
    }

    @Override
    public List<TitleAward> select(Actor actor, TitleRoundId roundId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(roundId, "roundId");
        Instant now = clock.instant();
        return List.copyOf(store.inTransaction(tenant, s -> {
            TitleRound round = requireOpen(round(s, roundId, true));
            // Then the title, as defining a version does: a selection of another round of the title, which counts
            // the same per-person limit, and a version over this round's date wait for this one, and this one for
            // them. Both locks come before any plain read, so that on InnoDB the read view of the awards and
            // versions is taken once they are held.
            s.titles().title(round.titleCode(), true);
            TitleRanking ranking = rankingNow(s, round);
            TechnicianTitle title = ranking.rules().rules();
            Optional<LocalDate> end = title.termYears().map(years -> round.roundDate().plusYears(years));
            List<TitleAward> awards = new ArrayList<>();
            for (RankedApplicant applicant : ranking.selected()) {
                TitleAward draft = new TitleAward(TitleAwardId.of(1), title.code(), title.name(), applicant.artisanId(),
                        roundId, round.region(), ranking.rules().version(), round.roundDate(), end);
                TitleAward award = draft.withId(s.titles().insertAward(draft));
                awards.add(award);
                Audits.record(s, now, actor, "title.awarded", "titleAward", award.id(), null,
                        Audits.fields("artisan", applicant.artisanId().toString(), "title", title.code(),
                                "region", round.region().code(), "rulesVersion", award.rulesVersion(),
                                "startsOn", round.roundDate().toString(), "endsOn", end.map(Object::toString).orElse(null)), null);
            }
            s.titles().recordRanking(ranking);
            s.titles().markSelected(roundId);
            Audits.record(s, now, actor, "titleRound.selected", "titleRound", roundId, Audits.fields("selected", false),
                    Audits.fields("selected", true, "rulesVersion", ranking.rules().version(),
                            "awards", awards.stream().map(a -> a.id().toString()).toList()), null);
            return awards;
        }));
    }

    @Override
    public TitleAward revokeAward(Actor actor, TitleAwardId awardId, RevocationRequest request) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(awardId, "awardId");
        Objects.requireNonNull(request, "request");
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            TitleAward award = s.titles().award(awardId, true)
                    .orElseThrow(() -> new TitleRefusedException(Rule.NO_SUCH_AWARD, awardId));
            if (award.isRevoked()) {
                throw new TitleRefusedException(Rule.ALREADY_REVOKED, awardId, award.revocation().orElseThrow().effectiveOn());
            }
            if (request.effectiveOn().isBefore(award.startsOn())) {
                throw new InvalidFieldException("revocation.effectiveOn", FieldProblem.BEFORE_FIELD, "award.startsOn",
                        award.startsOn(), request.effectiveOn());
            }
            Revocation revocation = new Revocation(request.reason(), request.detail(), request.effectiveOn(),
                    request.approvedBy(), actor);
            s.titles().revokeAward(awardId, revocation);
            Audits.record(s, now, actor, "title.revoked", "titleAward", awardId,
                    Audits.fields("status", "held", "artisan", award.artisanId().toString(), "title", award.titleCode()),
                    Audits.fields("status", "revoked", "reason", request.reason().name(),
                            "effectiveOn", request.effectiveOn().toString(), "approvedBy", request.approvedBy()),
                    request.detail());
            return new TitleAward(award.id(), award.titleCode(), award.titleName(), award.artisanId(), award.roundId(),
                    award.region(), award.rulesVersion(), award.startsOn(), award.endsOn(), Optional.of(revocation));
        });
    }

    @Override
    public List<TitleAward> awardsOf(ArtisanId artisanId) {
        Objects.requireNonNull(artisanId, "artisanId");
        return List.copyOf(store.withSession(tenant, s -> s.titles().awardsOf(List.of(artisanId))));
    }

    @Override
    public List<TitleApplication> applicationsOf(ArtisanId artisanId) {
        Objects.requireNonNull(artisanId, "artisanId");
        return List.copyOf(store.withSession(tenant, s -> s.titles().applicationsOf(artisanId)));
    }

    @Override
    public List<TitleAward> heldOn(ArtisanId artisanId, LocalDate date) {
        Objects.requireNonNull(date, "date");
        Ranges.date("date", date);

        return awardsOf(artisanId).stream().filter(a -> a.isActiveOn(date)).toList();
    }
}
