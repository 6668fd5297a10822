package org.talentregistry.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentregistry.InvalidFieldException;

class VoterKeyTest {
    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @Test
    void compareTo_ordersBytesUnsigned_asDatabasesOrderBinaryColumns() {
        VoterKey low = VoterKey.of(filled(0x7f));
        VoterKey high = VoterKey.of(filled(0x80));
        byte[] lastDiffers = filled(0x7f);
        lastDiffers[31] = (byte) 0xff;

        List<VoterKey> keys = new ArrayList<>(List.of(high, VoterKey.of(lastDiffers), low));
        keys.sort(null);

        assertThat(keys).containsExactly(low, VoterKey.of(lastDiffers), high);
        assertThat(low.compareTo(high)).isNegative();
        assertThat(low.toHex().compareTo(high.toHex())).isNegative();
    }

    @Test
    void compareTo_agreesWithTheBytesUnsigned_forKeysThatDifferAnywhere() {
        java.util.Random random = new java.util.Random(14);
        List<byte[]> raw = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            if (i % 3 == 0 && !raw.isEmpty()) {
                // The first eight bytes of an earlier key, so that the rest decides.
                System.arraycopy(raw.get(random.nextInt(raw.size())), 0, bytes, 0, 8);
            }
            raw.add(bytes);
        }
        for (int i = 0; i < raw.size(); i++) {
            for (int j = 0; j < raw.size(); j += 7) {
                assertThat(Integer.signum(VoterKey.of(raw.get(i)).compareTo(VoterKey.of(raw.get(j)))))
                        .isEqualTo(Integer.signum(Arrays.compareUnsigned(raw.get(i), raw.get(j))));
            }
        }
    }

    @Test
    void equalsAndHashCode_followTheBytes() {
        assertThat(VoterKey.of(filled(1))).isEqualTo(VoterKey.of(filled(1))).hasSameHashCodeAs(VoterKey.of(filled(1)))
                .isNotEqualTo(VoterKey.of(filled(2)));
    }

    @Test
    void of_copiesTheBytes_andToBytesGivesACopy() {
        byte[] bytes = filled(1);
        VoterKey key = VoterKey.of(bytes);
        bytes[0] = 9;
        key.toBytes()[1] = 9;

        assertThat(key.toBytes()).isEqualTo(filled(1));
        assertThat(key.byteAt(0)).isEqualTo((byte) 1);
    }

    @Test
    void parse_readsLowerCaseHex_andToHexWritesIt() {
        String hex = HexFormat.of().formatHex(filled(0xab));

        assertThat(VoterKey.parse(hex)).isEqualTo(VoterKey.of(filled(0xab)));
        assertThat(VoterKey.parse(hex).toHex()).isEqualTo(hex);
    }

    @Test
    void ofAndParse_refuseOtherForms_withoutRepeatingThem() {
        String hex = HexFormat.of().formatHex(filled(0xab));
        for (String text : new String[] {null, "", "abc", hex.toUpperCase(java.util.Locale.ROOT), hex + "0", hex.substring(1) + "g"}) {
            InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, () -> VoterKey.parse(text));
            assertThat(e.getField()).isEqualTo("voterKey");
            assertThat(e.getMessage()).doesNotContain("abab");
        }
        assertThat(catchThrowableOfType(InvalidFieldException.class, () -> VoterKey.of(new byte[31])).getField())
                .isEqualTo("voterKey");
        assertThat(catchThrowableOfType(InvalidFieldException.class, () -> VoterKey.of(null)).getField())
                .isEqualTo("voterKey");
    }

    @Test
    void toString_showsNoByteOfTheKey() {
        VoterKey key = VoterKey.of(filled(0xab));

        assertThat(key.toString()).contains("withheld").doesNotContain("ab").doesNotContain("-85");
    }
}
