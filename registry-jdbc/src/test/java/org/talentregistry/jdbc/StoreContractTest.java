package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanPage;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.DuplicateResidentIdException;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.PhoneNumber;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.artisan.StaleArtisanException;
import org.talentregistry.audit.AuditEvent;

/**
 * The behaviour every database must show, run once per database by a subclass. Each test works in a
 * tenant of its own, so tests of one class share the schema without seeing each other's rows.
 */
abstract class StoreContractTest extends DatabaseContractTest {
    private static final Instant NOW = Instant.parse("2026-03-15T02:30:45.123456Z");
    private static final Actor CLERK = Actor.of("hr-zhang", "张科长");

    private TenantId tenant;
    private TalentRegistry registry;

    @BeforeEach
    void newTenant() {
        tenant = newTenantId();
        registry = registryFor(store, tenant);
    }

    private static TalentRegistry registryFor(org.talentregistry.spi.RegistryStore store, TenantId tenant) {
        return TalentRegistry.builder(store).tenant(tenant).clock(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"))).build();
    }

    @Test
    void store_detectsTheDatabase() {
        assertThat(store.database()).isEqualTo(database());
    }

    @Test
    void register_readsBackEveryField_exactly() {
        ArtisanDetails details = Fixtures.mechanic(11);

        Artisan registered = registry.artisans().register(CLERK, details);

        Artisan read = registry.artisans().get(registered.id());
        assertThat(read.details()).isEqualTo(details);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.registeredAt()).isEqualTo(NOW);
        assertThat(read.updatedAt()).isEqualTo(NOW);
        assertThat(read.name()).isEqualTo("王建国");
        assertThat(read.details().certificates()).extracting(c -> c.validUntil().orElse(null))
                .containsExactly(LocalDate.of(2012, 2, 29), null);
        assertThat(registry.artisans().findByResidentId(details.residentId().orElseThrow())).contains(read);
    }

    @Test
    void registerAll_registersEveryArtisanWithItsCertificates_andAuditsEach() {
        List<ArtisanDetails> details = List.of(Fixtures.mechanic(41), Fixtures.optometrist(42), Fixtures.mechanic(43));

        List<ArtisanId> ids = registry.artisans().registerAll(CLERK, details);

        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        for (int i = 0; i < 3; i++) {
            Artisan read = registry.artisans().get(ids.get(i));
            assertThat(read.details()).isEqualTo(details.get(i));
            assertThat(read.version()).isEqualTo(1);
            assertThat(registry.audit().forEntity("artisan", ids.get(i).toString()))
                    .extracting(AuditEvent::action).containsExactly("artisan.registered");
        }
    }

    @Test
    void registerAll_aBatchOfMoreThanAThousand_givesEachIdToItsOwnArtisan_inOrder() {
        List<ArtisanDetails> details = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            details.add(Fixtures.mechanic(0).toBuilder().name("工匠" + i)
                    .residentId(Fixtures.residentId("370303", i < 600 ? "19780512" : "19790101", i % 600 + 1)).build());
        }

        List<ArtisanId> ids = registry.artisans().registerAll(CLERK, details);

        assertThat(ids).hasSize(1_200).doesNotHaveDuplicates();
        Map<ArtisanId, Artisan> read = new java.util.HashMap<>();
        ArtisanPage page = registry.artisans().list(ArtisanQuery.builder().limit(1000).build());
        page.artisans().forEach(a -> read.put(a.id(), a));
        registry.artisans().list(ArtisanQuery.builder().limit(1000).after(page.nextCursor().orElseThrow()).build())
                .artisans().forEach(a -> read.put(a.id(), a));
        for (int i = 0; i < 1_200; i++) {
            assertThat(read.get(ids.get(i)).details()).as("artisan %s", i).isEqualTo(details.get(i));
        }
    }

    @Test
    void registerAll_oneNumberAlreadyRegistered_isRefused_andWritesNothing() {
        Artisan holder = registry.artisans().register(CLERK, Fixtures.mechanic(45));

        assertThatThrownBy(() -> registry.artisans().registerAll(CLERK, List.of(Fixtures.mechanic(44),
                Fixtures.mechanic(45))))
                .isInstanceOfSatisfying(DuplicateResidentIdException.class,
                        e -> assertThat(e.getExistingArtisanId()).isEqualTo(holder.id()));
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(1);
        assertThat(registry.audit().latest(10)).hasSize(1);
    }

    @Test
    void findAllByResidentId_findsTheRegisteredNumbersOnly_inThisTenant() {
        Artisan one = registry.artisans().register(CLERK, Fixtures.mechanic(46));
        Artisan two = registry.artisans().register(CLERK, Fixtures.optometrist(47));
        registryFor(store, newTenantId()).artisans().register(CLERK, Fixtures.mechanic(48));

        Map<org.talentregistry.artisan.ResidentId, Artisan> found = registry.artisans().findAllByResidentId(List.of(
                one.residentId().orElseThrow(), two.residentId().orElseThrow(), Fixtures.mechanic(48).residentId().orElseThrow(), one.residentId().orElseThrow()));

        assertThat(found).containsOnlyKeys(one.residentId().orElseThrow(), two.residentId().orElseThrow());
        assertThat(found.get(two.residentId().orElseThrow())).isEqualTo(two);
    }

    @Test
    void auditBetween_pagesThroughAPeriod_oldestFirst() {
        List<ArtisanId> ids = registry.artisans().registerAll(CLERK, List.of(Fixtures.mechanic(51), Fixtures.mechanic(52),
                Fixtures.mechanic(53)));

        List<AuditEvent> first = registry.audit().between(NOW.minusSeconds(1), NOW.plusSeconds(1), 0, 2);
        List<AuditEvent> rest = registry.audit().between(NOW.minusSeconds(1), NOW.plusSeconds(1),
                first.get(1).sequence(), 2);

        assertThat(first).extracting(AuditEvent::entityId).containsExactly(ids.get(0).toString(), ids.get(1).toString());
        assertThat(rest).extracting(AuditEvent::entityId).containsExactly(ids.get(2).toString());
        assertThat(registry.audit().between(NOW.plusSeconds(1), NOW.plusSeconds(2), 0, 10)).isEmpty();
    }

    @Test
    void auditBetween_instantMinAndMax_leaveThePeriodOpen_onEveryDatabase() {
        List<ArtisanId> ids = registry.artisans().registerAll(CLERK, List.of(Fixtures.mechanic(54), Fixtures.mechanic(55)));

        assertThat(registry.audit().between(Instant.MIN, Instant.MAX, 0, 10)).extracting(AuditEvent::entityId)
                .containsExactly(ids.get(0).toString(), ids.get(1).toString());
        assertThat(registry.audit().between(Instant.MIN, NOW, 0, 10)).isEmpty();
        assertThat(registry.audit().between(NOW.plusSeconds(1), Instant.MAX, 0, 10)).isEmpty();
        assertThat(registry.audit().between(Instant.MAX, Instant.MAX, 0, 10)).isEmpty();
    }

    @Test
    void auditBetween_ordersByTimeThenSequence_andPagesAcrossEventsRecordedOutOfSequence() {
        // A change whose clock read an earlier time can be stored after a later one: its sequence is higher.
        ArtisanId late = registryAt(NOW.plusSeconds(20)).artisans().register(CLERK, Fixtures.mechanic(54)).id();
        List<ArtisanId> early = registryAt(NOW.plusSeconds(10)).artisans().registerAll(CLERK,
                List.of(Fixtures.mechanic(55), Fixtures.mechanic(56)));
        ArtisanId outside = registryAt(NOW.plusSeconds(30)).artisans().register(CLERK, Fixtures.mechanic(57)).id();
        registryFor(store, newTenantId()).artisans().register(CLERK, Fixtures.mechanic(58));

        List<String> read = new ArrayList<>();
        long after = 0;
        List<AuditEvent> page;
        do {
            page = registry.audit().between(NOW, NOW.plusSeconds(30), after, 1);
            page.forEach(e -> read.add(e.entityId()));
            after = page.isEmpty() ? after : page.get(0).sequence();
        } while (!page.isEmpty());

        assertThat(read).containsExactly(early.get(0).toString(), early.get(1).toString(), late.toString());
        assertThat(registry.audit().between(NOW, NOW.plusSeconds(60), 0, 10))
                .extracting(AuditEvent::entityId).endsWith(late.toString(), outside.toString());
    }

    @Test
    void auditBetween_refusesASequenceThatIsNotOneOfTheTenantsEvents() {
        registry.artisans().register(CLERK, Fixtures.mechanic(59));
        TalentRegistry other = registryFor(store, newTenantId());
        other.artisans().register(CLERK, Fixtures.mechanic(60));
        long theirs = other.audit().latest(1).get(0).sequence();

        assertThatThrownBy(() -> registry.audit().between(NOW.minusSeconds(1), NOW.plusSeconds(1), theirs, 10))
                .isInstanceOf(org.talentregistry.InvalidFieldException.class)
                .hasMessageContaining("afterSequence").hasMessageContaining(String.valueOf(theirs));
        assertThatThrownBy(() -> registry.audit().between(NOW.minusSeconds(1), NOW.plusSeconds(1), -1, 10))
                .isInstanceOf(org.talentregistry.InvalidFieldException.class).hasMessageContaining("afterSequence");
    }

    private TalentRegistry registryAt(Instant now) {
        return TalentRegistry.builder(store).tenant(tenant).clock(Clock.fixed(now, ZoneId.of("Asia/Shanghai"))).build();
    }

    @Test
    void register_sameResidentIdTwice_isRefusedNamingTheHolder_andWritesNothing() {
        Artisan first = registry.artisans().register(CLERK, Fixtures.mechanic(11));
        ArtisanDetails again = Fixtures.optometrist(12).toBuilder().residentId(first.residentId().orElseThrow()).build();

        assertThatThrownBy(() -> registry.artisans().register(CLERK, again))
                .isInstanceOfSatisfying(DuplicateResidentIdException.class,
                        e -> assertThat(e.getExistingArtisanId()).isEqualTo(first.id()))
                .hasMessageContaining("already registered as artisan " + first.id())
                .hasMessageNotContaining(first.residentId().orElseThrow().value());
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(1);
        assertThat(registry.audit().latest(10)).hasSize(1);
    }

    @Test
    void register_sameResidentIdFromManyThreads_registersOnce_othersGetTheTypedRefusal() throws Exception {
        ArtisanDetails details = Fixtures.mechanic(13);
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ArtisanId>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return registry.artisans().register(CLERK, details).id();
            }));
        }
        start.countDown();
        List<ArtisanId> winners = new ArrayList<>();
        List<ArtisanId> namedHolders = new ArrayList<>();
        for (Future<ArtisanId> result : results) {
            try {
                winners.add(result.get(60, TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(DuplicateResidentIdException.class);
                namedHolders.add(((DuplicateResidentIdException) e.getCause()).getExistingArtisanId());
            }
        }
        pool.shutdown();

        assertThat(winners).hasSize(1);
        assertThat(namedHolders).hasSize(threads - 1).containsOnly(winners.get(0));
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(1);
        assertThat(registry.audit().latest(100)).hasSize(1);
    }

    @Test
    void storeInsert_ofATakenResidentId_raisesTheTypedRefusal_withoutRevealingTheNumber() {
        Artisan first = registry.artisans().register(CLERK, Fixtures.mechanic(37));

        // Straight to the store, past the facade's own check: the path a concurrent registration takes.
        assertThatThrownBy(() -> store.inTransaction(tenant,
                session -> session.artisans().insert(Fixtures.mechanic(37), NOW)))
                .isInstanceOfSatisfying(DuplicateResidentIdException.class,
                        e -> assertThat(e.getExistingArtisanId()).isEqualTo(first.id()))
                .satisfies(e -> assertThat(stackText(e)).doesNotContain(first.residentId().orElseThrow().value()));
    }

    private static String stackText(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    @Test
    void update_changesTheDetails_growsTheVersion_andAuditsBeforeAndAfterMasked() {
        Artisan registered = registry.artisans().register(CLERK, Fixtures.mechanic(15));

        Artisan updated = registry.artisans().update(CLERK,
                registered.edit(b -> b.phone(PhoneNumber.of("13905339876")).region(Fixtures.BOSHAN)));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(registry.artisans().get(registered.id()).details().region()).isEqualTo(Fixtures.BOSHAN);
        List<AuditEvent> trail = registry.audit().forEntity("artisan", registered.id().toString());
        assertThat(trail).extracting(AuditEvent::action).containsExactly("artisan.registered", "artisan.updated");
        AuditEvent update = trail.get(1);
        assertThat(update.actor()).isEqualTo(CLERK);
        assertThat(update.occurredAt()).isEqualTo(NOW);
        assertThat(update.before().orElseThrow()).contains("\"phone\":\"138****1234\"", "张店区");
        assertThat(update.after().orElseThrow()).contains("\"phone\":\"139****9876\"", "博山区")
                .doesNotContain("13905339876").doesNotContain(registered.residentId().orElseThrow().value());
    }

    @Test
    void update_fromAStaleCopy_isRefused_andWritesNothing() {
        Artisan registered = registry.artisans().register(CLERK, Fixtures.mechanic(17));
        registry.artisans().update(CLERK, registered.edit(b -> b.name("王建军")));

        assertThatThrownBy(() -> registry.artisans().update(CLERK, registered.edit(b -> b.region(Fixtures.BOSHAN))))
                .isInstanceOfSatisfying(StaleArtisanException.class, e -> {
                    assertThat(e.getStaleVersion()).isEqualTo(1);
                    assertThat(e.getCurrentVersion()).isEqualTo(2);
                });
        Artisan current = registry.artisans().get(registered.id());
        assertThat(current.name()).isEqualTo("王建军");
        assertThat(current.details().region()).isEqualTo(Fixtures.ZHANGDIAN);
        assertThat(registry.audit().forEntity("artisan", registered.id().toString())).hasSize(2);
    }

    @Test
    void update_withoutAChange_writesNothing() {
        Artisan registered = registry.artisans().register(CLERK, Fixtures.mechanic(19));

        Artisan same = registry.artisans().update(CLERK, registered.withDetails(Fixtures.mechanic(19)));

        assertThat(same.version()).isEqualTo(1);
        assertThat(registry.audit().latest(10)).hasSize(1);
    }

    @Test
    void update_toAnotherArtisansResidentId_isRefusedNamingTheHolder() {
        Artisan mechanic = registry.artisans().register(CLERK, Fixtures.mechanic(21));
        Artisan optometrist = registry.artisans().register(CLERK, Fixtures.optometrist(22));

        assertThatThrownBy(() -> registry.artisans().update(CLERK,
                optometrist.edit(b -> b.residentId(mechanic.residentId().orElseThrow()))))
                .isInstanceOfSatisfying(DuplicateResidentIdException.class,
                        e -> assertThat(e.getExistingArtisanId()).isEqualTo(mechanic.id()));
        assertThat(registry.artisans().get(optometrist.id()).version()).isEqualTo(1);
    }

    @Test
    void register_creditCodeWithChecksumOverride_isKept_andRecordedInTheAudit() {
        CreditCode pilot = CreditCode.withChecksumOverride("91350100M000100Y44", "早期试点代码，经市场监管局核实");
        ArtisanDetails details = Fixtures.mechanic(23).toBuilder().employer(Employer.of("福州试点企业", pilot)).build();

        Artisan registered = registry.artisans().register(CLERK, details);

        CreditCode stored = registry.artisans().get(registered.id()).details().employer().creditCode();
        assertThat(stored.isChecksumOverridden()).isTrue();
        assertThat(stored.overrideReason()).contains("早期试点代码，经市场监管局核实");
        assertThat(registry.audit().forEntity("artisan", registered.id().toString()))
                .filteredOn(e -> e.action().equals("employer.creditCodeChecksumOverridden"))
                .singleElement()
                .satisfies(e -> assertThat(e.note().orElseThrow()).contains("91350100M000100Y44", "早期试点代码"));
    }

    @Test
    void audit_appendAll_keepsEveryCharacterAndTheOrder_ofMoreEventsThanOneStatementTakes() {
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            events.add(AuditEvent.of(NOW.plusNanos(i * 1_000L), Actor.of("hr\\wang-" + i, "王科长\\（复核）"),
                    "artisan.registered", "artisan", "a" + i, i % 2 == 0 ? null : "{\"note\":\"a\\tb\\\\c\r\nd\"}",
                    "{\"name\":\"工匠" + i + "\"}", i % 3 == 0 ? null : "\\N 备注\t" + i));
        }

        store.inTransaction(tenant, session -> {
            session.audit().appendAll(events);
            return null;
        });

        for (int i : new int[] {0, 1, 199, 200, 201, 449}) {
            assertThat(registry.audit().forEntity("artisan", "a" + i)).singleElement().satisfies(read -> {
                AuditEvent written = events.get(Integer.parseInt(read.entityId().substring(1)));
                assertThat(read.withSequence(0)).usingRecursiveComparison().isEqualTo(written);
            });
        }
        List<AuditEvent> latest = registry.audit().latest(450);
        assertThat(latest).extracting(AuditEvent::entityId).containsExactlyInAnyOrderElementsOf(
                events.stream().map(AuditEvent::entityId).toList());
        assertThat(latest).isSortedAccordingTo((x, y) -> Long.compare(y.sequence(), x.sequence()));
        assertThat(latest.get(0).entityId()).isEqualTo("a449");
    }

    @Test
    void audit_isWrittenInTheChangesTransaction_soAFailedChangeLeavesNone() {
        assertThatThrownBy(() -> store.inTransaction(tenant, session -> {
            ArtisanId id = session.artisans().insert(Fixtures.mechanic(25), NOW);
            session.audit().append(AuditEvent.of(NOW, CLERK, "artisan.registered", "artisan", id.toString(), null, "{}", null));
            throw new IllegalStateException("the host's next step failed");
        })).hasMessage("the host's next step failed");

        assertThat(registry.audit().latest(10)).isEmpty();
        assertThat(registry.artisans().count(ArtisanQuery.all())).isZero();
    }

    @Test
    void list_filtersByLevelAsOfADate_countingOnlyCertificatesValidThen() {
        Artisan mechanic = registry.artisans().register(CLERK, Fixtures.mechanic(27));
        Artisan optometrist = registry.artisans().register(CLERK, Fixtures.optometrist(28));
        ArtisanQuery seniorIn2015 = ArtisanQuery.builder().levelAtLeast(SkillLevel.SENIOR_WORKER, LocalDate.of(2015, 1, 1)).build();
        ArtisanQuery seniorIn2021 = ArtisanQuery.builder().levelAtLeast(SkillLevel.SENIOR_WORKER, LocalDate.of(2021, 1, 1)).build();
        ArtisanQuery technicianIn2011 = ArtisanQuery.builder().levelAtLeast(SkillLevel.TECHNICIAN, LocalDate.of(2011, 6, 1)).build();
        ArtisanQuery lastDayOfValidity = ArtisanQuery.builder().levelAtLeast(SkillLevel.SENIOR_WORKER, LocalDate.of(2020, 12, 31)).build();

        assertThat(ids(registry.artisans().list(seniorIn2015))).containsExactly(mechanic.id(), optometrist.id());
        assertThat(ids(registry.artisans().list(seniorIn2021))).containsExactly(mechanic.id());
        assertThat(ids(registry.artisans().list(technicianIn2011))).isEmpty();
        assertThat(ids(registry.artisans().list(lastDayOfValidity))).containsExactly(mechanic.id(), optometrist.id());
        assertThat(registry.artisans().get(optometrist.id()).levelAsOf(LocalDate.of(2021, 1, 1))).isEmpty();
    }

    @Test
    void list_filtersByOccupationRegionAndEmployer() {
        Artisan mechanic = registry.artisans().register(CLERK, Fixtures.mechanic(29));
        Artisan optometrist = registry.artisans().register(CLERK, Fixtures.optometrist(30));

        assertThat(ids(registry.artisans().list(ArtisanQuery.builder().occupation("4-14-03-01").build())))
                .containsExactly(optometrist.id());
        assertThat(ids(registry.artisans().list(ArtisanQuery.builder().region("370303").build())))
                .containsExactly(mechanic.id());
        assertThat(ids(registry.artisans().list(ArtisanQuery.builder()
                .employer(Fixtures.glassesShop().creditCode()).build()))).containsExactly(optometrist.id());
        assertThat(registry.artisans().count(ArtisanQuery.builder().region("370303").occupation("4-14-03-01").build()))
                .isZero();
    }

    @Test
    void forEach_readsEveryArtisanWithItsCertificates_inIdOrder_afterTheCursor_inThisTenantOnly() {
        List<Artisan> registered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            registered.add(registry.artisans().register(CLERK, i % 2 == 0 ? Fixtures.mechanic(131 + 2 * i)
                    : Fixtures.optometrist(131 + 2 * i)));
        }
        registered.add(registry.artisans().register(CLERK, Fixtures.mechanic(141).toBuilder().certificates(List.of()).build()));
        registryFor(store, newTenantId()).artisans().register(CLERK, Fixtures.mechanic(143));

        List<Artisan> all = new ArrayList<>();
        registry.artisans().forEach(ArtisanQuery.all(), all::add);
        List<Artisan> afterTheSecond = new ArrayList<>();
        registry.artisans().forEach(ArtisanQuery.builder().after(registered.get(1).id()).build(), afterTheSecond::add);
        List<Artisan> optometrists = new ArrayList<>();
        registry.artisans().forEach(ArtisanQuery.builder().occupation("4-14-03-01").build(), optometrists::add);

        assertThat(all).containsExactlyElementsOf(registered);
        assertThat(all.get(0).details().certificates()).isNotEmpty();
        assertThat(all.get(5).details().certificates()).isEmpty();
        assertThat(afterTheSecond).containsExactlyElementsOf(registered.subList(2, 6));
        assertThat(optometrists).containsExactly(registered.get(1), registered.get(3));
    }

    @Test
    void forEach_anActionThatReadsTheRegistryAsItGoes_seesEveryArtisan() {
        List<ArtisanId> registered = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            registered.add(registry.artisans().register(CLERK, Fixtures.mechanic(151 + 2 * i)).id());
        }
        List<Artisan> readAgain = new ArrayList<>();

        registry.artisans().forEach(ArtisanQuery.all(), a -> readAgain.add(registry.artisans().get(a.id())));

        assertThat(readAgain).extracting(Artisan::id).containsExactlyElementsOf(registered);
    }

    @Test
    void list_pagesByCursor_throughEveryArtisanOnce() {
        List<ArtisanId> registered = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            registered.add(registry.artisans().register(CLERK, Fixtures.mechanic(101 + 2 * i)).id());
        }
        List<ArtisanId> seen = new ArrayList<>();
        ArtisanQuery query = ArtisanQuery.builder().limit(3).build();
        int pages = 0;
        while (true) {
            ArtisanPage page = registry.artisans().list(query);
            pages++;
            seen.addAll(ids(page));
            if (!page.hasNext()) {
                break;
            }
            query = query.after(page.nextCursor().orElseThrow());
        }
        assertThat(seen).containsExactlyElementsOf(registered);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void tenants_doNotSeeEachOthersArtisans() {
        Artisan inZibo = registry.artisans().register(CLERK, Fixtures.mechanic(31));
        TalentRegistry weifang = registry.forTenant(TenantId.of("weifang-" + tenant.value()));

        assertThat(weifang.artisans().find(inZibo.id())).isEmpty();
        assertThat(weifang.artisans().findByResidentId(inZibo.residentId().orElseThrow())).isEmpty();
        assertThat(weifang.artisans().count(ArtisanQuery.all())).isZero();
        assertThat(weifang.audit().forEntity("artisan", inZibo.id().toString())).isEmpty();
        assertThatThrownBy(() -> weifang.artisans().update(CLERK, inZibo.edit(b -> b.name("冒名"))))
                .isInstanceOf(org.talentregistry.artisan.ArtisanNotFoundException.class);

        Artisan inWeifang = weifang.artisans().register(CLERK, Fixtures.mechanic(31));
        assertThat(inWeifang.id()).isNotEqualTo(inZibo.id());
        assertThat(registry.artisans().get(inZibo.id()).name()).isEqualTo("王建国");
    }

    @Test
    void findAll_returnsExactlyTheAskedArtisansOfTheTenant_asFindReadsThem() {
        Artisan mechanic = registry.artisans().register(CLERK, Fixtures.mechanic(41));
        Artisan optometrist = registry.artisans().register(CLERK, Fixtures.optometrist(42));
        Artisan notAsked = registry.artisans().register(CLERK, Fixtures.mechanic(43));
        TenantId weifang = newTenantId();
        Artisan theirs = registry.forTenant(weifang).artisans().register(CLERK, Fixtures.mechanic(44));
        ArtisanId missing = ArtisanId.of(theirs.id().value() + 1_000);

        Map<ArtisanId, Artisan> found = store.withSession(tenant, s -> s.artisans().findAll(
                List.of(optometrist.id(), missing, mechanic.id(), theirs.id(), optometrist.id())));
        Map<ArtisanId, Artisan> foundByThem = store.withSession(weifang, s -> s.artisans().findAll(
                List.of(mechanic.id(), optometrist.id(), notAsked.id(), theirs.id())));
        Map<ArtisanId, Artisan> none = store.withSession(tenant, s -> s.artisans().findAll(List.of()));

        assertThat(found).containsOnlyKeys(mechanic.id(), optometrist.id());
        assertThat(found.get(mechanic.id())).isEqualTo(registry.artisans().get(mechanic.id()));
        assertThat(found.get(optometrist.id())).isEqualTo(registry.artisans().get(optometrist.id()));
        assertThat(found.get(mechanic.id()).details()).isEqualTo(Fixtures.mechanic(41));
        assertThat(foundByThem).containsOnlyKeys(theirs.id());
        assertThat(none).isEmpty();
    }

    @Test
    void findAll_ofMoreIdsThanOneChunk_findsEveryArtisanOnce() {
        Artisan mechanic = registry.artisans().register(CLERK, Fixtures.mechanic(45));
        Artisan optometrist = registry.artisans().register(CLERK, Fixtures.optometrist(46));
        // More ids than any database's chunk, so that every database reads at least two chunks.
        List<ArtisanId> asked = new ArrayList<>(LongStream.rangeClosed(1, 150_000)
                .map(i -> optometrist.id().value() + i).mapToObj(ArtisanId::of).toList());
        asked.add(optometrist.id());
        asked.add(mechanic.id());

        Map<ArtisanId, Artisan> found = store.withSession(tenant, s -> s.artisans().findAll(asked));

        assertThat(found).containsOnlyKeys(mechanic.id(), optometrist.id());
        assertThat(found.get(mechanic.id()).details()).isEqualTo(Fixtures.mechanic(45));
        assertThat(found.get(optometrist.id()).details()).isEqualTo(Fixtures.optometrist(46));
    }

    @Test
    void hostJdbiTransaction_isJoined_andItsRollbackUndoesTheRegistration() {
        Jdbi hostJdbi = Jdbi.create(db.dataSource());
        JdbcRegistryStore hostStore = JdbcRegistryStore.builder(hostJdbi).migrate(false).build();
        TalentRegistry hosted = registryFor(hostStore, tenant);

        // At read committed, as the registry's writes need in a host's transaction (MariaDB's default is repeatable read).
        assertThatThrownBy(() -> hostJdbi.useTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
            hosted.artisans().register(CLERK, Fixtures.mechanic(33));
            assertThat(hosted.artisans().count(ArtisanQuery.all())).isEqualTo(1);
            throw new IllegalStateException("host rolls back");
        })).hasMessage("host rolls back");
        assertThat(registry.artisans().count(ArtisanQuery.all())).isZero();

        hostJdbi.useTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> hosted.artisans().register(CLERK, Fixtures.mechanic(33)));
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(1);
    }

    @Test
    void hostConnection_isJoined_refusedCallsUndoOnlyThemselves_andTheHostDecides() throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            TalentRegistry hosted = registryFor(store.joining(connection), tenant);

            Artisan mechanic = hosted.artisans().register(CLERK, Fixtures.mechanic(35));
            assertThatThrownBy(() -> hosted.artisans().register(CLERK,
                    Fixtures.optometrist(36).toBuilder().residentId(mechanic.residentId().orElseThrow()).build()))
                    .isInstanceOf(DuplicateResidentIdException.class);
            hosted.artisans().register(CLERK, Fixtures.optometrist(36));
            assertThat(registry.artisans().count(ArtisanQuery.all())).as("not yet committed").isZero();

            connection.rollback();
            assertThat(hosted.artisans().count(ArtisanQuery.all())).isZero();

            hosted.artisans().register(CLERK, Fixtures.mechanic(35));
            connection.commit();
            assertThat(connection.isClosed()).isFalse();
        }
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(1);
        assertThat(registry.audit().latest(10)).extracting(AuditEvent::action).containsExactly("artisan.registered");
    }

    @Test
    void migrate_again_appliesNothing_andHistoryRecordsEveryScript() throws Exception {
        assertThat(store.migrate()).isZero();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tr_schema_history")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(RegistryMigrations.scripts(database()).size());
        }
    }

    @Test
    void migrate_refusesWhenAnAppliedScriptWasChanged() throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE tr_schema_history SET checksum = ? WHERE version = 1")) {
                s.setString(1, "0".repeat(64));
                s.executeUpdate();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
            assertThatThrownBy(store::migrate).isInstanceOf(UnableToMigrateException.class)
                    .hasMessageContaining("V001__create_artisans.sql").hasMessageContaining("must never be edited")
                    .hasMessageContaining("已执行的迁移脚本不得修改");
        } finally {
            try (Connection c = db.dataSource().getConnection();
                    PreparedStatement s = c.prepareStatement("UPDATE tr_schema_history SET checksum = ? WHERE version = 1")) {
                s.setString(1, RegistryMigrations.scripts(database()).get(0).checksum());
                s.executeUpdate();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
        }
    }

    private static List<ArtisanId> ids(ArtisanPage page) {
        return page.artisans().stream().map(Artisan::id).toList();
    }
}
