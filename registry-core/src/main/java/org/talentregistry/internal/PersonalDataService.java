package org.talentregistry.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentregistry.Actor;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;
import org.talentregistry.privacy.MeritSummary;
import org.talentregistry.privacy.ObjectionAbout;
import org.talentregistry.privacy.PersonalData;
import org.talentregistry.privacy.PersonalDataExport;
import org.talentregistry.privacy.PurgeReport;
import org.talentregistry.privacy.RetentionPolicy;
import org.talentregistry.privacy.RoundRankingLine;
import org.talentregistry.privacy.TitleRankingLine;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NomineeNotice;
import org.talentregistry.selection.Ranking;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SiteVisit;
import org.talentregistry.spi.ErasableField;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreSession;
import org.talentregistry.title.TitleApplication;
import org.talentregistry.title.TitleRanking;
import org.talentregistry.title.TitleRefusedException;
import org.talentregistry.title.TitleRound;

/** Access, correction and retention of one tenant's personal data. */
public final class PersonalDataService implements PersonalData {
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataService.class);
    /** The range of a DATE on MariaDB and MySQL, the narrowest of the supported databases: every stored engagement. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1000, 1, 1);
    private static final LocalDate AFTER_LAST_DAY = LocalDate.of(9999, 12, 31);

    private final RegistryStore store;
    private final TenantId tenant;
    private final Clock clock;
    private final ArtisanService artisans;
    private final RetentionPolicy retention;

    /**
     * Creates the service.
     *
     * @param store the store
     * @param tenant the tenant
     * @param clock the clock
     * @param artisans the artisan service, which corrections go through
     * @param retention the host's retention policy
     */
    public PersonalDataService(RegistryStore store, TenantId tenant, Clock clock, ArtisanService artisans,
            RetentionPolicy retention) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
        this.artisans = artisans;
        this.retention = retention;
    }

    @Override
    public PersonalDataExport export(Actor actor, ArtisanId artisanId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(artisanId, "artisanId");
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            Artisan artisan = s.artisans().find(artisanId, false).orElseThrow(() -> new ArtisanNotFoundException(artisanId));
            List<TitleApplication> applications = s.titles().applicationsOf(artisanId);
            List<Nomination> nominations = s.nominations().ofArtisan(artisanId);
            OfNominations of = OfNominations.read(s, nominations);
            PersonalDataExport export = new PersonalDataExport(now, artisan, nominations,
                    roundRankingLines(s, nominations, clock.getZone()), of.siteVisits(), of.meritSummaries(), of.objections(),
                    of.notices(), s.honors().ofArtisan(artisanId), s.pool().ofArtisan(artisanId),
                    s.engagements().between(artisanId, FIRST_DAY, AFTER_LAST_DAY), applications,
                    rankingLines(s, artisanId, applications), s.titles().awardsOf(List.of(artisanId)),
                    s.consents().ofArtisan(artisanId));
            // Who read a person's complete data, and when, is itself worth keeping (PIPL Art. 55).
            Audits.record(s, now, actor, "personalData.exported", "artisan", artisanId, null, Audits.fields(
                    "nominations", export.nominations().size(), "roundRankings", export.roundRankings().size(),
                    "siteVisits", export.siteVisits().size(), "meritSummaries", export.meritSummaries().size(),
                    "objections", export.objections().size(), "nomineeNotices", export.nomineeNotices().size(),
                    "honors", export.honors().size(),
                    "memberships", export.memberships().size(), "engagements", export.engagements().size(),
                    "titleApplications", export.titleApplications().size(), "titleRankings", export.titleRankings().size(),
                    "titleAwards", export.titleAwards().size(),
                    "consents", export.consents().size()), null);
            return export;
        });
    }

    /**
     * What the rounds hold about the person's nominations beside the nominations themselves: read round by round
     * (a person has a few), kept for the person's nominations only.
     */
    private record OfNominations(List<SiteVisit> siteVisits, List<MeritSummary> meritSummaries,
            List<ObjectionAbout> objections, List<NomineeNotice> notices) {
        static OfNominations read(StoreSession s, List<Nomination> nominations) {
            Set<NominationId> own = new HashSet<>();
            Set<RoundId> rounds = new LinkedHashSet<>();
            for (Nomination n : nominations) {
                own.add(n.id());
                rounds.add(n.roundId());
            }
            OfNominations of = new OfNominations(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (RoundId round : rounds) {
                s.nominations().siteVisits(round).stream().filter(v -> own.contains(v.nominationId())).forEach(of.siteVisits()::add);
                s.nominations().meritSummaries(round).forEach((id, text) -> {
                    if (own.contains(id)) {
                        of.meritSummaries().add(new MeritSummary(id, text));
                    }
                });
                s.objections().list(round).stream().filter(o -> own.contains(o.nominationId()))
                        .map(ObjectionAbout::of).forEach(of.objections()::add);
                s.nominations().notices(round).stream().filter(n -> own.contains(n.nominationId())).forEach(of.notices()::add);
            }
            return of;
        }
    }

    /**
     * The person's line of the ranking of each honor round nominated in that has a ranking (from expert review
     * on, cancelled rounds aside), where the person is in the running.
     */
    private static List<RoundRankingLine> roundRankingLines(StoreSession s, List<Nomination> nominations, ZoneId zone) {
        List<RoundRankingLine> lines = new ArrayList<>();
        for (Nomination nomination : nominations) {
            Optional<SelectionRound> round = s.rounds().find(nomination.roundId(), false);
            if (round.isEmpty() || !SelectionService.RANKED_STAGES.contains(round.get().stage())) {
                continue;
            }
            Ranking ranking = SelectionService.rankingOf(s, round.get(), zone);
            ranking.nominee(nomination.id())
                    .ifPresent(line -> lines.add(new RoundRankingLine(round.get(), ranking.provisional(), line)));
        }
        return lines;
    }

    /**
     * The person's line of the ranking of each round applied to, cancelled rounds aside. An open round whose
     * ranking cannot be worked out now (no rules or policy in force on its date any more) gives no line: the
     * export still answers, with the application.
     */
    private static List<TitleRankingLine> rankingLines(StoreSession s, ArtisanId artisanId,
            List<TitleApplication> applications) {
        List<TitleRankingLine> lines = new ArrayList<>();
        for (TitleApplication application : applications) {
            Optional<TitleRound> round = s.titles().round(application.roundId(), false);
            if (round.isEmpty() || round.get().cancelledOn().isPresent()) {
                continue;
            }
            TitleRanking ranking;
            try {
                ranking = TitleService.ranking(s, round.get());
            } catch (TitleRefusedException e) {
                continue;
            }
            ranking.applicants().stream().filter(a -> a.artisanId().equals(artisanId)).findFirst()
                    .ifPresent(line -> lines.add(new TitleRankingLine(round.get(), line)));
        }
        return lines;
    }

    @Override
    public Artisan correct(Actor actor, Artisan edited, String requestReference) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(edited, "edited");
        String reference = Texts.required("requestReference", requestReference, 200);
        return artisans.update(actor, edited, "artisan.corrected", "更正请求 / correction request: " + reference);
    }

    @Override
    public Artisan eraseIdentityNumber(Actor actor, ArtisanId artisanId, String requestReference) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(artisanId, "artisanId");
        String reference = Texts.required("requestReference", requestReference, 200);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            Artisan artisan = s.artisans().find(artisanId, true).orElseThrow(() -> new ArtisanNotFoundException(artisanId));
            if (artisan.residentId().isEmpty()) {
                return artisan;
            }
            s.artisans().eraseResidentId(artisanId, now);
            Audits.record(s, now, actor, "personalData.identityNumberErased", "artisan", artisanId,
                    Audits.fields("residentId", artisan.residentId().get().masked()), Audits.fields("residentId", null),
                    "删除请求 / erasure request: " + reference);
            LOG.debug("Erased the identity number of artisan {} in tenant {}", artisanId, tenant);
            return s.artisans().find(artisanId, false).orElseThrow(() -> new ArtisanNotFoundException(artisanId));
        });
    }

    @Override
    public PurgeReport purge(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        LocalDate today = LocalDate.now(clock);
        int batches = 0;
        Map<RoundId, Long> keys = new LinkedHashMap<>();
        LocalDate noticeCutoff = today.minus(retention.voterKeysAfterNotice());
        for (RoundId roundId : store.withSession(tenant, s -> s.votes().roundsWithKeys())) {
            SelectionRound round = store.withSession(tenant, s -> s.rounds().find(roundId, false)).orElseThrow();
            if (!votingKeysExpired(round, noticeCutoff)) {
                continue;
            }
            long[] purged = VotingService.purgeKeysInBatches(store, tenant, clock, actor, roundId, retention.batchSize());
            keys.put(roundId, purged[0]);
            batches += (int) purged[1];
        }
        List<ArtisanId> phones = new ArrayList<>();
        List<ArtisanId> numbers = new ArrayList<>();
        Optional<Period> contact = retention.contactDataAfterLeavingPool();
        if (contact.isPresent()) {
            batches += erasePastPurpose(actor, today, contact.get(), PastPurpose.LEFT_POOL, Erasure.PHONE, phones);
        }
        Optional<Period> identity = retention.identityNumbersAfterLeavingPool();
        if (identity.isPresent()) {
            batches += erasePastPurpose(actor, today, identity.get(), PastPurpose.LEFT_POOL, Erasure.IDENTITY_NUMBER, numbers);
        }
        Optional<Period> nominees = retention.nomineesNotHonoredAfterNotice();
        if (nominees.isPresent()) {
            batches += erasePastPurpose(actor, today, nominees.get(), PastPurpose.NOT_HONORED, Erasure.PHONE, phones);
            batches += erasePastPurpose(actor, today, nominees.get(), PastPurpose.NOT_HONORED, Erasure.IDENTITY_NUMBER,
                    numbers);
        }
        PurgeReport report = new PurgeReport(today, keys, phones, numbers, batches);
        LOG.info("Retention purge in tenant {}: {} voter keys of {} rounds, {} phones, {} identity numbers,"
                + " {} transactions", tenant, report.voterKeysPurged(), keys.size(), phones.size(), numbers.size(),
                batches);
        return report;
    }

    /** What the purge erases of artisans whose data has served its purpose, and how it is audited. */
    private enum Erasure {
        PHONE(ErasableField.PHONE, "retention.phoneErased", "phone", "联系电话保留期 ", "contact data kept "),
        IDENTITY_NUMBER(ErasableField.RESIDENT_ID, "retention.identityNumberErased", "residentId", "身份证号保留期 ",
                "identity number kept ");

        private final ErasableField field;
        private final String action;
        private final String name;
        private final String keptZh;
        private final String keptEn;

        Erasure(ErasableField field, String action, String name, String keptZh, String keptEn) {
            this.field = field;
            this.action = action;
            this.name = name;
            this.keptZh = keptZh;
            this.keptEn = keptEn;
        }

        /** The audit event's note: why, in Chinese and English, then the period. */
        String note(String whyZh, String whyEn, Period period) {
            return whyZh + "；" + keptZh + period + " / " + whyEn + "; " + keptEn + period;
        }

        boolean erase(StoreSession s, ArtisanId id, Instant at) {
            return field == ErasableField.PHONE ? s.artisans().erasePhone(id, at) : s.artisans().eraseResidentId(id, at);
        }
    }

    /** Whose personal data has served its purpose, how a page of them is read, and how the audit says why. */
    private enum PastPurpose {
        /** In the pool once, every membership ended: the day is the last one's end. */
        LEFT_POOL("于 %s 离开人才库", "left the pool on %s") {
            @Override
            Map<ArtisanId, LocalDate> page(StoreSession s, LocalDate cutoff, ErasableField field, long afterId, int limit) {
                return s.pool().leftOnOrBefore(cutoff, field, afterId, limit);
            }
        },
        /** Nominated, never honored nor in the pool, every round closed: the day is the last notice's end. */
        NOT_HONORED("曾被提名，未获表彰，未入人才库；最后一轮公示于 %s 结束",
                "nominated, never honored nor in the pool; the notice of the last round ended on %s") {
            @Override
            Map<ArtisanId, LocalDate> page(StoreSession s, LocalDate cutoff, ErasableField field, long afterId, int limit) {
                return s.artisans().nomineesPastPurpose(cutoff, field, afterId, limit);
            }
        };

        private final String whyZh;
        private final String whyEn;

        PastPurpose(String whyZh, String whyEn) {
            this.whyZh = whyZh;
            this.whyEn = whyEn;
        }

        abstract Map<ArtisanId, LocalDate> page(StoreSession s, LocalDate cutoff, ErasableField field, long afterId, int limit);
    }

    /**
     * Erases one kind of data of the artisans whose purpose ended on or before today minus the period: a page of
     * the policy's batch size per transaction, read in the transaction that erases it, so that an artisan back
     * in the pool or nominated again meanwhile is left alone. Returns the transactions that erased something and
     * adds whom they erased.
     */
    private int erasePastPurpose(Actor actor, LocalDate today, Period period, PastPurpose purpose, Erasure what,
            List<ArtisanId> erased) {
        LocalDate cutoff = today.minus(period);
        int batches = 0;
        long after = 0;
        while (true) {
            long from = after;
            Instant now = clock.instant();
            List<ArtisanId> done = new ArrayList<>();
            Map<ArtisanId, LocalDate> page = store.inTransaction(tenant, s -> {
                done.clear();
                Map<ArtisanId, LocalDate> past = purpose.page(s, cutoff, what.field, from, retention.batchSize());
                past.forEach((id, day) -> {
                    // The page was read without locks: lock the artisan (waiting for a pool entry, a nomination or
                    // an application being written for them), then ask again in a statement that sees it.
                    s.artisans().find(id, true);
                    if (!purpose.page(s, cutoff, what.field, id.value() - 1, 1).containsKey(id)) {
                        return;
                    }
                    if (what.erase(s, id, now)) {
                        Audits.record(s, now, actor, what.action, "artisan", id, Audits.fields(what.name, "masked"),
                                Audits.fields(what.name, null), what.note(String.format(purpose.whyZh, day),
                                        String.format(purpose.whyEn, day), period));
                        done.add(id);
                    }
                });
                return past;
            });
            if (page.isEmpty()) {
                return batches;
            }
            batches++;
            erased.addAll(done);
            if (page.size() < retention.batchSize()) {
                return batches;
            }
            for (ArtisanId id : page.keySet()) {
                after = id.value();
            }
        }
    }

    /** Keys of a round are past their purpose once it is named or cancelled and its notice (objections) is over. */
    private static boolean votingKeysExpired(SelectionRound round, LocalDate cutoff) {
        if (round.stage() != RoundStage.NAMED && round.stage() != RoundStage.CANCELLED) {
            return false;
        }
        return round.noticeEnd().map(end -> end.isBefore(cutoff)).orElse(round.stage() == RoundStage.CANCELLED);
    }
}
