package org.talentregistry.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentregistry.AcceptedValues;
import org.talentregistry.Actor;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.Message;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.pool.Engagement;
import org.talentregistry.pool.EngagementDetails;
import org.talentregistry.pool.EngagementId;
import org.talentregistry.pool.EngagementKind;
import org.talentregistry.pool.EngagementRevision;
import org.talentregistry.pool.EngagementSummary;
import org.talentregistry.pool.LeaveReason;
import org.talentregistry.pool.ListedArtisan;
import org.talentregistry.pool.MediaKind;
import org.talentregistry.pool.MembershipId;
import org.talentregistry.pool.PoolAdmission;
import org.talentregistry.pool.PoolExit;
import org.talentregistry.pool.PoolLeave;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.pool.PoolPage;
import org.talentregistry.pool.PoolQuery;
import org.talentregistry.pool.PoolRefusal;
import org.talentregistry.pool.PoolRefusedException;
import org.talentregistry.pool.PoolShare;
import org.talentregistry.pool.PoolRefusedException.Rule;
import org.talentregistry.pool.PoolSource;
import org.talentregistry.pool.PoolStanding;
import org.talentregistry.pool.PoolTotals;
import org.talentregistry.pool.TalentPool;
import org.talentregistry.pool.TalkKind;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreSession;

/** The talent pool of one tenant: memberships, queries and totals, engagements. */
public final class PoolService implements TalentPool {
    private static final Logger LOG = LoggerFactory.getLogger(PoolService.class);
    private static final String MEMBERSHIP = "poolMembership";
    private static final String ENGAGEMENT = "engagement";

    private final RegistryStore store;
    private final TenantId tenant;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param store the store
     * @param tenant the tenant
     * @param clock the clock that dates changes
     */
    public PoolService(RegistryStore store, TenantId tenant, Clock clock) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Override
    public List<PoolMembership> membersOn(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Ranges.date("asOf", asOf);
        return List.copyOf(store.withSession(tenant, s -> s.pool().activeOn(asOf)));
    }

    @Override
    public void forEachListed(ArtisanQuery query, LocalDate asOf, Listing listing,
            Consumer<? super ListedArtisan> action) {
        readListed(query, asOf, listing, action, s -> s.forEachListed(query, asOf, listing, action));
    }

    @Override
    public void forEachListed(ArtisanQuery query, LocalDate asOf, Listing listing, ConsentPurpose consentTo,
            LocalDate consentOn, Consumer<? super ListedArtisan> action) {
        Objects.requireNonNull(consentTo, "consentTo");
        Objects.requireNonNull(consentOn, "consentOn");
        Ranges.date("consentOn", consentOn);
        readListed(query, asOf, listing, action, s -> s.forEachListed(query, asOf, listing, consentTo, consentOn, action));
    }

    /** Checks a list's arguments, then runs its read in one transaction. */
    private void readListed(ArtisanQuery query, LocalDate asOf, Listing listing, Consumer<? super ListedArtisan> action,
            Consumer<StoreSession> read) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(action, "action");
        Ranges.date("asOf", asOf);
        store.readInTransaction(tenant, s -> {
            read.accept(s);
            return null;
        });
    }

    @Override
    public long sizeOn(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Ranges.date("asOf", asOf);
        return store.withSession(tenant, s -> s.pool().sizeOn(asOf));
    }

    @Override
    public List<PoolMembership> ofArtisan(ArtisanId artisanId) {
        Objects.requireNonNull(artisanId, "artisanId");
        return List.copyOf(store.withSession(tenant, s -> s.pool().ofArtisan(artisanId)));
    }

    @Override
    public PoolPage query(PoolQuery query) {
        Objects.requireNonNull(query, "query");
        return store.withSession(tenant, s -> new PoolPage(query, s.pool().query(query), s.pool().count(query)));
    }

    @Override
    public PoolShare shareWithBureau(Actor actor, PoolQuery query, String recipient) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(query, "query");
        String to = Texts.required("recipient", recipient, 200);
        Instant now = clock.instant();
        // The consent must hold on the day the list changes hands, whatever day's members it lists: a member who
        // withdrew it since the query's date is withheld.
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        PoolQuery consented = query.withConsent(ConsentPurpose.SHARING_WITH_BUREAU, today);
        PoolShare share = store.inTransaction(tenant, s -> {
            PoolPage page = new PoolPage(consented, s.pool().query(consented), s.pool().count(consented));
            long withheld = s.pool().count(query.withConsent(null)) - page.total();
            Audits.record(s, now, actor, "pool.shared", "pool", query.date(), null, Audits.fields("recipient", to,
                    "query", query.toString(), "consentOn", today.toString(), "shared", page.members().size(),
                    "withheld", withheld), null);
            return new PoolShare(to, page, withheld);
        });
        LOG.info("Shared {} pool members with {} in tenant {}; {} withheld without consent", share.shared().members().size(),
                to, tenant, share.withheld());
        return share;
    }

    @Override
    public PoolTotals totals(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Ranges.date("asOf", asOf);
        return store.withSession(tenant, s -> s.pool().totals(asOf));
    }

    @Override
    public PoolStanding explain(ArtisanId artisanId, LocalDate asOf) {
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(asOf, "asOf");
        Ranges.date("asOf", asOf);
        return store.withSession(tenant, s -> {
            Artisan artisan = s.artisans().find(artisanId, false).orElseThrow(() -> new ArtisanNotFoundException(artisanId));
            Map<Long, Honor> honors = new HashMap<>();
            s.honors().ofArtisan(artisanId).forEach(h -> honors.put(h.id().value(), h));
            List<PoolStanding.Reason> reasons = new ArrayList<>();
            for (PoolMembership m : s.pool().ofArtisan(artisanId)) {
                reasons.add(reason(m, honors));
            }
            reasons.sort((a, b) -> a.membership().since().compareTo(b.membership().since()));
            return new PoolStanding(artisanId, artisan.name(), asOf, reasons);
        });
    }

    private static PoolStanding.Reason reason(PoolMembership m, Map<Long, Honor> honors) {
        String zhSource;
        String enSource;
        if (m.source() instanceof PoolSource.ByHonor h) {
            Honor honor = honors.get(h.honorId().value());
            String decision = honor == null ? "" : "，表彰决定 " + honor.decision().number();
            String name = honor == null ? h.tierCode() : honor.tierName();
            zhSource = "因" + name + "称号（" + h.year() + "年" + decision + "）";
            enSource = "by the honor " + name + " (" + h.year() + (honor == null ? "" : ", decision " + honor.decision().number()) + ")";
        } else {
            String what = ((PoolSource.AddedByBureau) m.source()).description();
            zhSource = "经人社部门增补（" + what + "）";
            enSource = "added by the bureau (" + what + ")";
        }
        String zh = m.since() + " " + zhSource + "入库，录入人 " + m.enteredBy().displayName()
                + m.exit().map(e -> "；" + e.effectiveOn() + " 起出库：" + e.reason().chineseName()
                        + note(e, true).map(n -> "（" + n + "）").orElse("") + "，登记人 " + e.recordedBy().displayName())
                        .orElse("；至今有效") + "。";
        String en = "Entered on " + m.since() + " " + enSource + ", entered by " + m.enteredBy().displayName()
                + m.exit().map(e -> "; left from " + e.effectiveOn() + ": " + e.reason().englishName()
                        + note(e, false).map(n -> " (" + n + ")").orElse("") + ", recorded by " + e.recordedBy().displayName())
                        .orElse("; still holds") + ".";
        return new PoolStanding.Reason(m, zh, en);
    }

    /** A revocation's exit keeps its reason's constant as the note: named in the explanation's language. */
    private static Optional<String> note(PoolExit e, boolean chinese) {
        return e.note().map(n -> {
            if (e.reason() == LeaveReason.HONOR_REVOKED) {
                for (RevocationReason r : RevocationReason.values()) {
                    if (r.name().equals(n)) {
                        return r.render(chinese ? Locale.CHINESE : Locale.ENGLISH);
                    }
                }
            }
            return n;
        });
    }

    @Override
    public PoolMembership add(Actor actor, PoolAdmission admission) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(admission, "admission");
        Instant now = clock.instant();
        PoolMembership added = store.inTransaction(tenant, s -> {
            // Locking the artisan serialises two additions of the same person.
            s.artisans().find(admission.artisanId(), true)
                    .orElseThrow(() -> new ArtisanNotFoundException(admission.artisanId()));
            Optional<PoolMembership> open = s.pool().ofArtisan(admission.artisanId()).stream()
                    .filter(m -> m.source() instanceof PoolSource.AddedByBureau && m.exit().isEmpty()).findFirst();
            if (open.isPresent()) {
                throw new PoolRefusedException(Rule.ALREADY_MEMBER, Message.of(PoolRefusal.ALREADY_ADDED,
                        admission.artisanId().toString(), open.get().since(), open.get().source().describe()));
            }
            MembershipId id = s.pool().insert(admission.artisanId(), new PoolSource.AddedByBureau(admission.source()),
                    admission.since(), actor);
            Audits.record(s, now, actor, "pool.added", MEMBERSHIP, id, null, Audits.fields("artisan",
                    admission.artisanId().toString(), "source", admission.source(), "since", admission.since().toString()), null);
            return s.pool().find(id).orElseThrow();
        });
        LOG.debug("Added artisan {} to the pool of tenant {}", admission.artisanId(), tenant);
        return added;
    }

    @Override
    public List<PoolMembership> leave(Actor actor, ArtisanId artisanId, PoolLeave leave) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(leave, "leave");
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            s.artisans().find(artisanId, true).orElseThrow(() -> new ArtisanNotFoundException(artisanId));
            List<PoolMembership> open = s.pool().ofArtisan(artisanId).stream().filter(m -> m.exit().isEmpty()).toList();
            if (open.isEmpty()) {
                throw new PoolRefusedException(Rule.NOT_A_MEMBER, Message.of(PoolRefusal.NOT_A_MEMBER, artisanId.toString()));
            }
            for (PoolMembership m : open) {
                if (leave.effectiveOn().isBefore(m.since())) {
                    throw new PoolRefusedException(Rule.NOT_A_MEMBER, Message.of(PoolRefusal.LEAVES_BEFORE_JOINING,
                            m.id().toString(), m.since(), leave.effectiveOn()));
                }
            }
            List<PoolMembership> ended = new ArrayList<>();
            PoolExit exit = new PoolExit(leave.reason(), leave.effectiveOn(), leave.note(), actor);
            for (PoolMembership m : open) {
                s.pool().end(m.id(), exit);
                Audits.record(s, now, actor, "pool.left", MEMBERSHIP, m.id(), Audits.fields("status", "open"),
                        Audits.fields("status", "ended", "artisan", artisanId.toString(), "reason", leave.reason().name(),
                                "effectiveOn", leave.effectiveOn().toString()), leave.note().orElse(null));
                ended.add(s.pool().find(m.id()).orElseThrow());
            }
            return List.copyOf(ended);
        });
    }

    // ---- engagements -------------------------------------------------------------------------------

    @Override
    public Engagement recordEngagement(Actor actor, ArtisanId artisanId, EngagementDetails details) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(details, "details");
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            // Locked as leave() and add() lock it: a departure committing meanwhile is seen before the check.
            Artisan artisan = s.artisans().find(artisanId, true).orElseThrow(() -> new ArtisanNotFoundException(artisanId));
            check(s, artisan, details, LocalDate.ofInstant(now, clock.getZone()));
            EngagementId id = s.engagements().insert(artisanId, details, actor, now);
            Audits.record(s, now, actor, "engagement.recorded", ENGAGEMENT, id, null, state(artisanId, 1, details), null);
            LOG.debug("Recorded engagement {} ({} on {}) of artisan {} in tenant {}", id, details.kind(), details.date(),
                    artisanId, tenant);
            return s.engagements().find(id, false).orElseThrow();
        });
    }

    @Override
    public Engagement correctEngagement(Actor actor, EngagementId id, int expectedRevision, EngagementDetails details,
            String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        String why = Texts.requiredText("reason", reason, 500);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            Engagement current = s.engagements().find(id, true).orElseThrow(() -> noSuchEngagement(id));
            if (current.revision() != expectedRevision) {
                throw new PoolRefusedException(Rule.STALE_ENGAGEMENT, Message.of(PoolRefusal.STALE_REVISION, id.toString(),
                        current.revision(), expectedRevision));
            }
            Artisan artisan = s.artisans().find(current.artisanId(), true).orElseThrow();
            check(s, artisan, details, LocalDate.ofInstant(now, clock.getZone()));
            if (!s.engagements().update(id, expectedRevision, details, actor, now, why)) {
                throw new PoolRefusedException(Rule.STALE_ENGAGEMENT, Message.of(PoolRefusal.CHANGED_MEANWHILE, id.toString()));
            }
            Audits.record(s, now, actor, "engagement.corrected", ENGAGEMENT, id,
                    state(current.artisanId(), current.revision(), current.details()),
                    state(current.artisanId(), expectedRevision + 1, details), why);
            return s.engagements().find(id, false).orElseThrow();
        });
    }

    /**
     * The checks recording and correcting share: an engagement is recorded once it happened, the artisan is in
     * the pool on its date, and a media feature needs the artisan's consent then.
     */
    private static void check(StoreSession s, Artisan artisan, EngagementDetails details, LocalDate today) {
        LocalDate date = details.date();
        if (date.isAfter(today)) {
            throw new InvalidFieldException(details.kind() == EngagementKind.TRAINING ? "firstDay" : "day",
                    FieldProblem.AFTER_TODAY_GOT, today, date);
        }
        boolean member = s.pool().ofArtisan(artisan.id()).stream().anyMatch(m -> m.isActiveOn(date));
        if (!member) {
            throw new PoolRefusedException(Rule.NOT_A_MEMBER, Message.of(PoolRefusal.NOT_IN_POOL_ON, artisan.name(),
                    artisan.id().toString(), date));
        }
        if (details.kind() == EngagementKind.MEDIA_FEATURE) {
            ConsentService.require(s, ConsentPurpose.MEDIA, date, Map.of(artisan.id(), artisan.name()));
        }
    }

    private static Map<String, Object> state(ArtisanId artisanId, int revision, EngagementDetails details) {
        Map<String, Object> o = Audits.fields("artisan", artisanId.toString(), "revision", revision,
                "kind", details.kind().name(), "date", details.date().toString());
        if (details instanceof EngagementDetails.Training t) {
            o.put("course", t.course());
            o.put("organiser", t.organiser());
            o.put("lastDay", t.lastDay().toString());
            o.put("hours", t.hours().toPlainString());
            t.result().ifPresent(r -> o.put("result", r));
        } else if (details instanceof EngagementDetails.CampusTalk c) {
            o.put("school", c.school());
            o.put("talkKind", c.talkKind().name());
            o.put("audience", c.audience());
        } else if (details instanceof EngagementDetails.MediaFeature m) {
            o.put("outlet", m.outlet());
            o.put("mediaKind", m.mediaKind().name());
            o.put("title", m.title());
            m.link().ifPresent(l -> o.put("link", l));
        }
        return o;
    }

    private static PoolRefusedException noSuchEngagement(EngagementId id) {
        return new PoolRefusedException(Rule.NO_SUCH_ENGAGEMENT, Message.of(PoolRefusal.NO_SUCH_ENGAGEMENT, id.toString()));
    }

    @Override
    public Engagement engagement(EngagementId id) {
        Objects.requireNonNull(id, "id");
        return store.withSession(tenant, s -> s.engagements().find(id, false)).orElseThrow(() -> noSuchEngagement(id));
    }

    @Override
    public List<EngagementRevision> engagementHistory(EngagementId id) {
        Objects.requireNonNull(id, "id");
        return store.withSession(tenant, s -> {
            s.engagements().find(id, false).orElseThrow(() -> noSuchEngagement(id));
            return List.copyOf(s.engagements().revisions(id));
        });
    }

    @Override
    public List<Engagement> engagementsOf(ArtisanId artisanId, int year) {
        Objects.requireNonNull(artisanId, "artisanId");
        LocalDate first = first(year);
        return List.copyOf(store.withSession(tenant, s -> s.engagements().between(artisanId, first, first.plusYears(1))));
    }

    @Override
    public Map<ArtisanId, Long> engagementCounts(int year) {
        Map<ArtisanId, Long> counts = new TreeMap<>();
        for (Engagement e : year(year)) {
            counts.merge(e.artisanId(), 1L, Long::sum);
        }
        return java.util.Collections.unmodifiableMap(counts);
    }

    @Override
    public EngagementSummary engagementSummary(int year) {
        List<Engagement> engagements = year(year);
        Map<EngagementKind, Long> byKind = new EnumMap<>(EngagementKind.class);
        Map<TalkKind, Long> byTalk = new EnumMap<>(TalkKind.class);
        Map<MediaKind, Long> byMedia = new EnumMap<>(MediaKind.class);
        Set<ArtisanId> artisans = new HashSet<>();
        BigDecimal hours = BigDecimal.ZERO.setScale(1);
        long audience = 0;
        for (Engagement e : engagements) {
            artisans.add(e.artisanId());
            byKind.merge(e.details().kind(), 1L, Long::sum);
            if (e.details() instanceof EngagementDetails.Training t) {
                hours = hours.add(t.hours());
            } else if (e.details() instanceof EngagementDetails.CampusTalk c) {
                byTalk.merge(c.talkKind(), 1L, Long::sum);
                audience += c.audience();
            } else if (e.details() instanceof EngagementDetails.MediaFeature m) {
                byMedia.merge(m.mediaKind(), 1L, Long::sum);
            }
        }
        return new EngagementSummary(year, engagements.size(), artisans.size(), byKind, byTalk, byMedia, hours, audience);
    }

    private List<Engagement> year(int year) {
        LocalDate first = first(year);
        return store.withSession(tenant, s -> s.engagements().between(null, first, first.plusYears(1)));
    }

    /** The years of engagements are those of event dates, so that every engagement recorded can be counted. */
    private static LocalDate first(int year) {
        return LocalDate.of(Ranges.between("year", year, AcceptedValues.EARLIEST_DATE.getYear(),
                AcceptedValues.LATEST_EVENT_DATE.getYear()), 1, 1);
    }
}
