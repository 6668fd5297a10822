package org.talentregistry.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.InvalidFieldException;

class VotePoliciesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final NominationId NOMINEE = NominationId.of(42);
    private static final Instant NOON = Instant.parse("2018-06-01T04:00:00Z");

    private static final VotePolicy BY_IP = VotePolicies.onePerIpPerRound();
    private static final VotePolicy BY_ACCOUNT = VotePolicies.onePerAccountPerNomineePerDay();

    private static String ip(String voter) {
        return BY_IP.keyMaterial(new Ballot(NOMINEE, voter, NOON), SHANGHAI);
    }

    private static String account(String voter, NominationId nominee, Instant at) {
        return BY_ACCOUNT.keyMaterial(new Ballot(nominee, voter, at), SHANGHAI);
    }

    private static InvalidFieldException refusal(VotePolicy policy, String voter) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class,
                () -> policy.keyMaterial(new Ballot(NOMINEE, voter, NOON), SHANGHAI));
        assertThat(e).as("refusal of a malformed voter").isNotNull();
        assertThat(e.getField()).isEqualTo("voter");
        if (!voter.isBlank()) {
            assertThat(e.getMessage()).doesNotContain(voter.strip());
            assertThat(e.getProblem()).doesNotContain(voter.strip());
        }
        return e;
    }

    @Test
    void ids_areTheOnesProgramsReferTo() {
        assertThat(BY_IP.id()).isEqualTo("one-per-ip-per-round");
        assertThat(BY_ACCOUNT.id()).isEqualTo("one-per-account-per-nominee-per-day");
        assertThat(BY_IP).hasToString("one-per-ip-per-round");
        assertThat(VotePolicies.onePerIpPerRound()).isSameAs(BY_IP);
    }

    @Test
    void chineseNames_stateWhatEachBuiltInPolicyCounts_andAHostsPolicyIsNamedByItsIdUnlessItSays() {
        assertThat(BY_IP.chineseName()).isEqualTo("同一IP地址每轮限投一票（IPv6按/64网段计）");
        assertThat(BY_ACCOUNT.chineseName()).isEqualTo("同一账号每天对每位候选人限投一票");
        VotePolicy hosts = new VotePolicy() {
            @Override
            public String id() {
                return "one-per-phone-per-round";
            }

            @Override
            public String keyMaterial(Ballot ballot, ZoneId zone) {
                return ballot.voter();
            }
        };
        assertThat(hosts.chineseName()).isEqualTo("one-per-phone-per-round");
    }

    @Test
    void ipPolicy_ipv4_isKeyedByTheAddress() {
        assertThat(ip("60.210.12.7")).isEqualTo("ip4:60.210.12.7");
        assertThat(ip("0.0.0.0")).isEqualTo("ip4:0.0.0.0");
        assertThat(ip("255.255.255.255")).isEqualTo("ip4:255.255.255.255");
        assertThat(ip("9.10.99.100")).isEqualTo("ip4:9.10.99.100");
    }

    @Test
    void ipPolicy_ignoresNomineeTimeAndZone() {
        String first = BY_IP.keyMaterial(new Ballot(NominationId.of(1), "60.210.12.7", NOON), SHANGHAI);
        String later = BY_IP.keyMaterial(new Ballot(NominationId.of(2), "60.210.12.7", NOON.plusSeconds(86_400 * 30)),
                ZoneId.of("UTC"));
        assertThat(later).isEqualTo(first);
    }

    @Test
    void ipPolicy_ipv6_isKeyedByItsSlash64() {
        assertThat(ip("2001:db8:1:2:3:4:5:6")).isEqualTo("ip6:2001:db8:1:2::/64");
    }

    @Test
    void ipPolicy_ipv6_sameSlash64_isTheSameVoter_inEverySpelling() {
        assertThat(ip("2001:db8:1:2::1"))
                .isEqualTo(ip("2001:0DB8:0001:0002:ffff:ffff:ffff:fffe"))
                .isEqualTo(ip("2001:db8:1:2:abcd::"))
                .isEqualTo(ip("2001:db8:1:2::1.2.3.4"));
    }

    @Test
    void ipPolicy_ipv6_differentSlash64_isAnotherVoter() {
        assertThat(ip("2001:db8:1:2::1")).isNotEqualTo(ip("2001:db8:1:3::1"));
        assertThat(ip("2001:db8:1:2::1")).isNotEqualTo(ip("2001:db9:1:2::1"));
    }

    @Test
    void ipPolicy_ipv4MappedIpv6_countsAsTheIpv4Address() {
        assertThat(ip("::ffff:60.210.12.7")).isEqualTo("ip4:60.210.12.7");
        assertThat(ip("::FFFF:3cd2:0c07")).isEqualTo("ip4:60.210.12.7");
        assertThat(ip("0:0:0:0:0:ffff:60.210.12.7")).isEqualTo(ip("60.210.12.7"));
    }

    /**
     * IPv6 forms that carry an IPv4 client's address count as it. Keyed by their /64, every IPv4 client of a
     * NAT64 server was one voter, and the holder of an IPv4 address could vote again from each 6to4 network.
     */
    @Test
    void ipPolicy_ipv6CarryingAnIpv4Client_countsAsThatIpv4Address() {
        assertThat(ip("64:ff9b::60.210.12.7")).isEqualTo("ip4:60.210.12.7");
        assertThat(ip("64:ff9b::1.2.3.4")).isNotEqualTo(ip("64:ff9b::5.6.7.8"));
        assertThat(ip("::ffff:0:60.210.12.7")).isEqualTo("ip4:60.210.12.7");
        assertThat(ip("::60.210.12.7")).isEqualTo("ip4:60.210.12.7");
        assertThat(ip("::1.2.3.4")).isNotEqualTo(ip("::5.6.7.8"));
        assertThat(ip("2002:3cd2:0c07::1")).isEqualTo("ip4:60.210.12.7");
        assertThat(ip("2002:3cd2:0c07:ffff::1")).isEqualTo("ip4:60.210.12.7");
        // Teredo: the client's public address, its bits inverted in the last 32 (RFC 4380).
        assertThat(ip("2001:0:4136:e378:8000:63bf:3fff:fdd2")).isEqualTo("ip4:192.0.2.45");
        assertThat(ip("2001:0:4136:e378:8000:63bf:fefe:fefe")).isNotEqualTo(ip("2001:0:4136:e378:8000:63bf:3fff:fdd2"));
        // A NAT64 prefix of the operator's own (RFC 6052's other lengths) cannot be told apart: its /64.
        assertThat(ip("2001:db8:64::1.2.3.4")).isEqualTo("ip6:2001:db8:64::/64");
    }

    @Test
    void ipPolicy_loopbackAndUnspecifiedIpv6_areAccepted() {
        assertThat(ip("::1")).isEqualTo("ip6:::/64");
        assertThat(ip("::")).isEqualTo("ip6:::/64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "localhost", "vote.zibo.gov.cn", "example.com", "1.2.3", "1.2.3.4.5",
            "256.1.1.1", "01.2.3.4", "1.2.3.4:8080", "[2001:db8::1]", "2001:db8::1/64", "::ffff:zzzz",
            "2001:db8::g", "1:2:3:4:5:6:7:8:9", "fe80::1%eth0", "fe80::1%1", " 1.2.3.4", "1.2.3.4 ", "0x7f.0.0.1",
            "2130706433", "1.2.3.4\n", "１.２.３.４", "1.2.3.256", "1.2.3.04", "1.2.3.1000", "1..2.3", "1.2.3.",
            ".1.2.3", "1.2.3.4.", "1.2.-3.4"})
    void ipPolicy_refusesAnythingButAnAddressLiteral_withoutRepeatingIt(String voter) {
        InvalidFieldException e = refusal(BY_IP, voter);
        assertThat(e.getProblem()).isEqualTo("is not an IPv4 or IPv6 address literal");
    }

    @Test
    void ipPolicy_refusesOverlongText_withoutRepeatingIt() {
        refusal(BY_IP, "2001:db8::1".repeat(20));
    }

    @Test
    void accountPolicy_keyHoldsAccountNomineeAndLocalDay() {
        assertThat(account("wx_o6zAJs3oh85p", NOMINEE, NOON)).isEqualTo("acct:wx_o6zAJs3oh85p|42|2018-06-01");
    }

    @Test
    void accountPolicy_daysChangeAtMidnightInTheGivenZone_notUtc() {
        Instant beforeShanghaiMidnight = Instant.parse("2018-06-01T15:59:59.999999Z");
        Instant atShanghaiMidnight = Instant.parse("2018-06-01T16:00:00Z");

        assertThat(account("王师傅", NOMINEE, beforeShanghaiMidnight)).endsWith("|2018-06-01");
        assertThat(account("王师傅", NOMINEE, atShanghaiMidnight)).endsWith("|2018-06-02");
        assertThat(account("王师傅", NOMINEE, Instant.parse("2018-06-01T00:00:00Z")))
                .isEqualTo(account("王师傅", NOMINEE, beforeShanghaiMidnight));
    }

    @Test
    void accountPolicy_otherNominee_isAnotherKey() {
        assertThat(account("u1", NominationId.of(1), NOON)).isNotEqualTo(account("u1", NominationId.of(2), NOON));
    }

    @Test
    void accountPolicy_accountWithSeparator_cannotCollideWithAnotherNominee() {
        assertThat(account("a|1", NominationId.of(2), NOON)).isNotEqualTo(account("a", NominationId.of(12), NOON));
    }

    @Test
    void accountPolicy_acceptsAccountsOf1And128Characters_countingCodePoints() {
        assertThat(account("x", NOMINEE, NOON)).startsWith("acct:x|");
        assertThat(account("工".repeat(128), NOMINEE, NOON)).startsWith("acct:工");
        assertThat(account("😀".repeat(128), NOMINEE, NOON)).startsWith("acct:😀");
    }

    @Test
    void accountPolicy_refusesEmptyAndOverlongAccounts_givingOnlyTheLength() {
        assertThat(refusal(BY_ACCOUNT, "").getProblem()).isEqualTo("must be an account id of 1 to 128 characters, got 0");
        assertThat(refusal(BY_ACCOUNT, "k".repeat(129)).getProblem()).endsWith("got 129");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "user 1", " user1", "user1\t", "user\n1", "user\u00001", "user\u200B1",
            "user\u30001", "user\uE0001", "user\uD8001"})
    void accountPolicy_refusesWhiteSpaceAndUnprintableCharacters_withoutRepeatingTheAccount(String voter) {
        assertThat(refusal(BY_ACCOUNT, voter).getProblem())
                .isEqualTo("must be an account id of printable characters without white space");
    }

    @Test
    void ballot_toString_withholdsTheVoter() {
        assertThat(new Ballot(NOMINEE, "60.210.12.7", NOON).toString()).doesNotContain("60.210");
    }
}
