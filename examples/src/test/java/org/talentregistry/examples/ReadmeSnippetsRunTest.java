package org.talentregistry.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.title.PriorityDecision;

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
                LocalDate.of(2024, 5, 1), recorded::add);

        assertThat(recorded).hasSize(1);
        assertThat(explanation).contains("aged 45 or under");   // born 1978-05-12: 45 on 2024-05-01
    }
}
