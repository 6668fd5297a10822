package org.talentregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.talentregistry.InvalidFieldException;

class VoterKeysTest {
    private static final byte[] SECRET = "zibo-2018-vote-secret".getBytes(StandardCharsets.US_ASCII);

    @Test
    void key_isHmacSha256InLowerCaseHex_matchingRfc4231() {
        // RFC 4231 test case 2 has a 4-byte key, below our minimum; test case 1's 20-byte key is accepted.
        byte[] key = new byte[20];
        java.util.Arrays.fill(key, (byte) 0x0b);

        String mac = VoterKeys.of(key).key("Hi There").toHex();

        assertThat(mac).isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    }

    @Test
    void id_isTheFirst64BitsOfTheSecretsMacOfAFixedText_stableAcrossReleases_andTellsSecretsApart() {
        VoterKeys keys = VoterKeys.of(SECRET);

        assertThat(keys.id()).isEqualTo("a01b26854f93ac9b");
        assertThat(VoterKeys.of(SECRET.clone()).id()).isEqualTo(keys.id());
        assertThat(VoterKeys.of("zibo-2019-vote-secret".getBytes(StandardCharsets.US_ASCII)).id()).isNotEqualTo(keys.id());
        assertThat(keys.toString()).contains(keys.id()).doesNotContain("zibo-2018");
    }

    @Test
    void key_is32Bytes_andStableForTheSameMaterial() {
        VoterKeys keys = VoterKeys.of(SECRET);

        String key = keys.key("ip4:60.210.12.7").toHex();

        assertThat(key).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(keys.key("ip4:60.210.12.7").toHex()).isEqualTo(key);
        assertThat(VoterKeys.of(SECRET.clone()).key("ip4:60.210.12.7").toHex()).isEqualTo(key);
    }

    @Test
    void key_differsByMaterialAndBySecret() {
        VoterKeys keys = VoterKeys.of(SECRET);
        byte[] other = SECRET.clone();
        other[0]++;

        assertThat(keys.key("ip4:60.210.12.7").toHex()).isNotEqualTo(keys.key("ip4:60.210.12.8").toHex());
        assertThat(VoterKeys.of(other).key("ip4:60.210.12.7").toHex()).isNotEqualTo(keys.key("ip4:60.210.12.7").toHex());
    }

    @Test
    void key_neverContainsTheMaterial() {
        assertThat(VoterKeys.of(SECRET).key("acct:0000|1|2018-06-01").toHex()).doesNotContain("0000|");
    }

    @Test
    void key_hashesNonAsciiMaterialAsUtf8() {
        byte[] key = new byte[16];
        String expected = HexFormat.of().formatHex(hmac(key, "acct:王师傅|1|2018-06-01".getBytes(StandardCharsets.UTF_8)));

        assertThat(VoterKeys.of(key).key("acct:王师傅|1|2018-06-01").toHex()).isEqualTo(expected);
    }

    @Test
    void of_copiesTheSecret() {
        byte[] secret = SECRET.clone();
        VoterKeys keys = VoterKeys.of(secret);
        String before = keys.key("m").toHex();

        java.util.Arrays.fill(secret, (byte) 0);

        assertThat(keys.key("m").toHex()).isEqualTo(before);
    }

    @Test
    void of_refusesSecretsShorterThan16Bytes_withoutShowingThem() {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class,
                () -> VoterKeys.of("fifteen-bytes!!".getBytes(StandardCharsets.US_ASCII)));

        assertThat(e.getField()).isEqualTo("voteSecret");
        assertThat(e.getMessage()).isEqualTo("voteSecret: must be at least 16 bytes, got 15").doesNotContain("fifteen");
        assertThat(VoterKeys.of(new byte[16])).isNotNull();
    }

    @Test
    void of_refusesNullAndEmptySecrets() {
        assertThat(catchThrowableOfType(InvalidFieldException.class, () -> VoterKeys.of(null)).getField())
                .isEqualTo("voteSecret");
        assertThat(catchThrowableOfType(InvalidFieldException.class, () -> VoterKeys.of(new byte[0])).getProblem())
                .isEqualTo("must be at least 16 bytes, got 0");
    }

    @Test
    void toString_withholdsTheSecret() {
        String text = VoterKeys.of(SECRET).toString();

        assertThat(text).doesNotContain("zibo").doesNotContain(HexFormat.of().formatHex(SECRET)).contains("withheld");
    }

    @Test
    void key_fromManyThreadsAtOnce_givesTheSameKeys() {
        VoterKeys keys = VoterKeys.of(SECRET);
        List<String> expected = IntStream.range(0, 2_000).mapToObj(i -> keys.key("ip4:10.0." + i / 256 + "." + i % 256).toHex())
                .toList();
        Set<String> mismatches = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 16 * 2_000).parallel().forEach(n -> {
            int i = n % 2_000;
            if (!keys.key("ip4:10.0." + i / 256 + "." + i % 256).toHex().equals(expected.get(i))) {
                mismatches.add("ip " + i);
            }
        });

        assertThat(mismatches).isEmpty();
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
