package org.talentregistry.benchmarks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ReviewItem;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;

/**
 * Brings a fresh database to a round in public voting, through the library alone: a program (Zibo's,
 * with the minimum skill level as its only criterion), a round of this year, the nominees registered as
 * artisans and nominated, nominations and eligibility review closed, one reviewer who scores every
 * nominee, expert review closed. The independent calls (registering, nominating, scoring) run on a few
 * threads; setup is not measured.
 */
final class Setup {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Actor ADMIN = Actor.of("bench-admin", "基准测试管理员");
    private static final Employer EMPLOYER = Employer.of("淄博张店宏达汽车维修有限公司", CreditCode.of("91350100M000100Y43"));
    private static final Occupation OCCUPATION = Occupation.of("4-12-01-01", "汽车维修工");
    private static final Region REGION = Region.of("370303", "张店区");
    private static final int SETUP_THREADS = 4;

    /**
     * A round in public voting and the registry it lives in.
     *
     * @param registry the registry, with a vote secret; closing it closes its store, not the pool
     * @param roundId the round
     * @param nominees every nominee in the running, in nomination order
     * @param voteSecret the secret voters are hashed under, for the baselines
     * @param seconds how long setup took
     */
    record Fixture(TalentRegistry registry, RoundId roundId, List<NominationId> nominees,
            byte[] voteSecret, double seconds) {
    }

    private Setup() {
    }

    /**
     * Sets up a round in public voting.
     *
     * @param dataSource the fresh database
     * @param nominees how many nominees
     * @param progress where to report progress
     * @return the fixture
     */
    static Fixture roundInVoting(DataSource dataSource, int nominees, java.io.PrintStream progress) {
        long started = System.nanoTime();
        byte[] secret = "talent-registry-benchmark-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JdbcRegistryStore store = JdbcRegistryStore.create(dataSource);
        Clock clock = Clock.system(ZONE);
        TalentRegistry registry = TalentRegistry.builder(store)
                .tenant(TenantId.of("bench"))
                .clock(clock)
                .voteSecret(secret)
                .build();
        int year = LocalDate.now(clock).getYear();
        ProgramDefinition definition = ProgramDefinition.zibo().toBuilder()
                .name("基准测试金牌工匠")
                .years(year, 1)
                .clearCriteria()
                .criterion(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.SENIOR_WORKER))
                .build();
        HonorProgram program = registry.programs().define(ADMIN, definition);
        SelectionRounds rounds = registry.rounds();
        SelectionRound round = rounds.open(ADMIN, program.id(), year);

        List<NominationId> nominations = parallel(nominees, i -> {
            ArtisanId artisan = registry.artisans().register(ADMIN, artisan(i)).id();
            return rounds.nominate(ADMIN, round.id(), new NominationRequest(artisan, NominationChannel.SELF,
                    name(i), Declarations.inServiceWithCleanRecord())).id();
        });
        progress.printf(Locale.ROOT, "  setup: %,d artisans registered and nominated (%.1f s)%n", nominees, seconds(started));
        rounds.closeNominations(ADMIN, round.id());
        rounds.closeEligibilityReview(ADMIN, round.id());
        Reviewer reviewer = rounds.addReviewer(ADMIN, round.id(), "基准评审专家", null);
        List<ReviewItem> items = definition.scoring().items();
        parallel(nominees, i -> rounds.score(ADMIN, reviewer.id(), nominations.get(i), points(items, i)));
        SelectionRound voting = rounds.closeExpertReview(ADMIN, round.id());
        if (voting.stage() != RoundStage.PUBLIC_VOTING) {
            throw new IllegalStateException("the round should be in public voting, is " + voting.stage());
        }
        progress.printf(Locale.ROOT, "  setup: round %s in public voting with %,d nominees (%.1f s)%n", round.id(), nominees,
                seconds(started));
        return new Fixture(registry, round.id(), nominations, secret, seconds(started));
    }

    private static <T> List<T> parallel(int count, IntFunction<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(SETUP_THREADS);
        try {
            List<Future<T>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            List<T> results = new ArrayList<>(count);
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("setup interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("setup failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "工匠%05d", i);
    }

    private static ArtisanDetails artisan(int i) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i * 7L % 9_000);
        ResidentId id = residentId(birth, i);
        return ArtisanDetails.builder()
                .name(name(i))
                .residentId(id)
                .employer(EMPLOYER)
                .occupation(OCCUPATION)
                .region(REGION)
                .startedInTradeOn(birth.plusYears(19))
                .addCertificate(SkillCertificate.builder()
                        .level(SkillLevel.TECHNICIAN)
                        .occupation(OCCUPATION)
                        .number(String.format(Locale.ROOT, "BENCH-%06d", i))
                        .issuer("淄博市人力资源和社会保障局")
                        .issuedOn(birth.plusYears(30))
                        .build())
                .build();
    }

    /** A valid GB 11643 number, unique per index: the birth date and sequence vary with it. */
    private static ResidentId residentId(LocalDate birth, int i) {
        return ResidentId.completing(REGION.code() + String.format(Locale.ROOT, "%04d%02d%02d%03d", birth.getYear(),
                birth.getMonthValue(), birth.getDayOfMonth(), 1 + i / 9_000 % 999));
    }

    /** Points per item, spread so that the composite ranking has few ties. */
    private static Map<String, BigDecimal> points(List<ReviewItem> items, int i) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        int k = 0;
        for (ReviewItem item : items) {
            int thousandths = (int) ((i * 7919L + k * 104_729L) % (item.maxPoints() * 1000L + 1));
            points.put(item.code(), BigDecimal.valueOf(thousandths, 3));
            k++;
        }
        return points;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
