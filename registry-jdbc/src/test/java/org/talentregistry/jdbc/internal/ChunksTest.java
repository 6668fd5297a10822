package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.ArtisanId;

class ChunksTest {
    private static List<ArtisanId> ids(long... values) {
        return LongStream.of(values).mapToObj(ArtisanId::of).toList();
    }

    @Test
    void ofIds_oneChunk_dropsRepeats_andKeepsTheOrderGiven_unlessAskedToSort() {
        List<ArtisanId> asked = ids(42, 7, 42, 1_000_000_007L, 7, 3);

        assertThat(Chunks.ofIds(asked, 10, false)).singleElement().satisfies(c -> assertThat(c).containsExactly(42, 7, 1_000_000_007L, 3));
        assertThat(Chunks.ofIds(asked, 10, true)).singleElement().satisfies(c -> assertThat(c).containsExactly(3, 7, 42, 1_000_000_007L));
    }

    @Test
    void ofIds_severalChunks_areSortedAndDistinct_acrossTheChunks() {
        Random random = new Random(5);
        List<ArtisanId> asked = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            asked.add(ArtisanId.of(1 + random.nextInt(3_000)));
        }
        long expected = asked.stream().distinct().count();

        List<long[]> chunks = Chunks.ofIds(asked, 1_000, false);

        long[] all = chunks.stream().flatMapToLong(LongStream::of).toArray();
        assertThat(all).hasSize((int) expected).isSorted();
        assertThat(LongStream.of(all).distinct().count()).isEqualTo(expected);
        assertThat(chunks).allSatisfy(c -> assertThat(c.length).isLessThanOrEqualTo(1_000));
        assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(c -> assertThat(c).hasSize(1_000));
    }

    @Test
    void ofIdsAsGiven_oneChunk_keepsRepeatsAndOrder_severalChunks_areSortedAndDistinct() {
        List<ArtisanId> asked = ids(42, 7, 42, 1_000_000_007L, 7, 3);

        assertThat(Chunks.ofIdsAsGiven(asked, 10)).singleElement()
                .satisfies(c -> assertThat(c).containsExactly(42, 7, 42, 1_000_000_007L, 7, 3));
        assertThat(Chunks.ofIdsAsGiven(asked, 2)).containsExactly(new long[] {3, 7}, new long[] {42, 1_000_000_007L});
        assertThat(Chunks.ofIdsAsGiven(List.of(), 10)).isEmpty();
    }

    @Test
    void ofIds_none_givesNoChunk() {
        assertThat(Chunks.ofIds(List.of(), 10, true)).isEmpty();
    }
}
