package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.talentregistry.selection.NominationId;
import org.talentregistry.spi.VoteStore.KeyedVote;
import org.talentregistry.spi.VoterKey;

class VoteBatchValuesTest {
    private static final Instant AT = Instant.parse("2018-06-13T08:00:00Z");

    private static VoterKey key(Random random, byte[] prefix) {
        byte[] bytes = new byte[VoterKey.BYTES];
        random.nextBytes(bytes);
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        return VoterKey.of(bytes);
    }

    @Test
    void inKeyOrder_isTheUnsignedOrderOfTheWholeKeys_andKeepsEqualKeysInTheOrderGiven() {
        Random random = new Random(14);
        List<VoterKey> keys = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            keys.add(key(random, new byte[0]));
        }
        // Keys that tie on the bits sorted as numbers and differ after them, some with the top bit set (which a
        // signed comparison would put first), and keys sent again.
        for (int i = 0; i < 200; i++) {
            keys.add(key(random, new byte[] {(byte) 0xF0, 0x01, 0x02, 0x03, 0x04}));
            keys.add(key(random, new byte[] {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, (byte) (i % 3)}));
        }
        for (int i = 0; i < 1_000; i++) {
            keys.add(keys.get(random.nextInt(keys.size())));
        }
        KeyedVote[] votes = new KeyedVote[keys.size()];
        for (int i = 0; i < votes.length; i++) {
            // The nominee says where the vote was given, so that the order of equal keys can be checked.
            votes[i] = new KeyedVote(NominationId.of(i + 1), keys.get(random.nextInt(keys.size())), AT);
        }
        List<KeyedVote> expected = new ArrayList<>(List.of(votes));
        expected.sort(Comparator.comparing(KeyedVote::voterKey)); // stable

        KeyedVote[] sorted = JdbcVoteStore.inKeyOrder(votes);

        assertThat(sorted).containsExactlyElementsOf(expected);
        assertThat(votes).as("the votes given are left as they were").extracting(v -> v.nominationId().value())
                .isSorted();
    }

    @Test
    void inKeyOrder_ofNoVotesAndOfOne() {
        KeyedVote one = new KeyedVote(NominationId.of(1), key(new Random(1), new byte[0]), AT);

        assertThat(JdbcVoteStore.inKeyOrder(new KeyedVote[0])).isEmpty();
        assertThat(JdbcVoteStore.inKeyOrder(new KeyedVote[] {one})).containsExactly(one);
    }

    @Test
    void leadingBytes_areTheFirstEightBytes_bigEndian() {
        byte[] bytes = new byte[VoterKey.BYTES];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0xF1 + i);
        }

        assertThat(VoterKey.of(bytes).leadingBytes()).isEqualTo(0xF1F2F3F4F5F6F7F8L);
    }

    @Test
    void utc_keepsMicroseconds_andDropsWhatIsFiner_beforeAndAfterTheEpoch() {
        assertThat(SqlValues.utc(Instant.parse("2018-06-13T08:09:10.123456789Z")))
                .isEqualTo(LocalDateTime.parse("2018-06-13T08:09:10.123456"));
        assertThat(SqlValues.utc(Instant.parse("1969-12-31T23:59:59.999999999Z")))
                .isEqualTo(LocalDateTime.parse("1969-12-31T23:59:59.999999"));
        assertThat(SqlValues.utc(Instant.parse("2018-06-13T08:09:10Z"))).isEqualTo(LocalDateTime.parse("2018-06-13T08:09:10"));
    }

    @Test
    void utcMicros_countFrom1970_andDropWhatIsFiner_asUtcDoes() {
        assertThat(VoteWriter.utcMicros(Instant.parse("2018-06-13T08:09:10.123456789Z"))).isEqualTo(1_528_877_350_123_456L);
        assertThat(VoteWriter.utcMicros(Instant.parse("1969-12-31T23:59:59.999999999Z"))).isEqualTo(-1L);
        assertThat(VoteWriter.utcMicros(Instant.EPOCH)).isZero();
    }
}
