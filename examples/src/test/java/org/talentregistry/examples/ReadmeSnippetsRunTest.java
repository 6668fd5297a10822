package org.talentregistry.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.title.PriorityDecision;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleAward;

/**
 * Runs README snippets on an in-memory H2 database. The selection-round snippet is compiled only: it spans
 * a round's weeks (the notice must start today or later and end before naming), which one clock reading
 * cannot give; ZiboCraftsmanExampleTest runs the same calls through a round on a clock it moves.
 */
class ReadmeSnippetsRunTest {
    private static final Actor ACTOR = Actor.of("hr-zhang", "张科长");

    private JdbcConnectionPool pool;

    @BeforeEach
    void openDatabase() {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:readme-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @AfterEach
    void closeDatabase() {
        pool.dispose();
    }

    @Test
    void embedding_registersTheArtisan() {
        Artisan artisan = ReadmeSnippets.embedding(pool);

        assertThat(artisan.details().name()).isEqualTo("王建国");
    }

    @Test
    void titles_checksPriorityForOneAndForMany() {
        Artisan artisan = ReadmeSnippets.embedding(pool);
        // The Zibo program takes a public vote, so the registry needs a secret to key voters with.
        TalentRegistry zibo = TalentRegistry.builder(JdbcRegistryStore.create(pool)).tenant(TenantId.of("zibo"))
                .voteSecret("readme-test-secret-0123".getBytes(StandardCharsets.UTF_8)).build();
        HonorProgram gold = zibo.programs().define(ACTOR, ProgramDefinition.zibo());
        List<PriorityDecision> recorded = new ArrayList<>();

        String explanation = ReadmeSnippets.titles(zibo, ACTOR, gold.id(), artisan.id(), Stream.of(artisan.id()),
                List.of(artisan.id(), ArtisanId.of(9_999_999)), LocalDate.of(2024, 5, 1), recorded::add);

        // One decision from checkAll, and one from the screen: the artisan, 45, has priority; the unknown id does not.
        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(1)).isEqualTo(recorded.get(0));
        assertThat(explanation).contains("aged 45 or under");   // born 1978-05-12: 45 on 2024-05-01
    }

    @Test
    void titleRounds_decidesARegionsRoundUnderTheRulesOfItsDate() {
        Artisan artisan = ReadmeSnippets.embedding(pool);
        TalentRegistry shandong = TalentRegistry.builder(JdbcRegistryStore.create(pool)).tenant(TenantId.of("shandong"))
                .build();
        TechnicianTitle rules2023 = TechnicianTitle.ziboChiefTechnician();
        TechnicianTitle rules2018 = new TechnicianTitle(rules2023.code(), rules2023.name(), rules2023.criteria().subList(0, 2),
                30, Optional.of(2), Optional.of(4), Map.of());
        // Rules before 2018, so that the title and its priority policy exist before the snippet runs.
        shandong.titles().defineVersion(ACTOR, rules2018, LocalDate.of(2010, 1, 1), Optional.of(LocalDate.of(2018, 1, 1)));
        shandong.titles().definePolicy(ACTOR, new PriorityPolicy("zibo-chief", 1, rules2023.code(), LocalDate.of(2018, 1, 1),
                Optional.empty(), BigDecimal.ZERO, List.of()));
        Artisan applicant = shandong.artisans().register(ACTOR, artisan.details());

        List<TitleAward> awards = ReadmeSnippets.titleRounds(shandong, ACTOR, rules2018, applicant.id());

        assertThat(awards).singleElement().satisfies(a -> {
            assertThat(a.region().code()).isEqualTo("370300");
            assertThat(a.rulesVersion()).isEqualTo(3);
            assertThat(a.zh()).endsWith("依评选办法第3版");
        });
        assertThat(shandong.titles().versions(rules2023.code())).extracting(v -> v.validUntil().orElse(null))
                .containsExactly(LocalDate.of(2018, 1, 1), LocalDate.of(2023, 1, 1), null);
    }
}
