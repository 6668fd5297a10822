package org.talentregistry.selection;

import com.google.common.net.InetAddresses;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;

/**
 * The vote policies the registry ships. Both refuse a malformed voter with an {@link
 * InvalidFieldException} naming {@code voter} whose message never repeats the voter, which is personal
 * data.
 */
public final class VotePolicies {
    private static final VotePolicy ONE_PER_IP_PER_ROUND = new OnePerIpPerRound();
    private static final VotePolicy ONE_PER_ACCOUNT_PER_NOMINEE_PER_DAY = new OnePerAccountPerNomineePerDay();

    private VotePolicies() {
    }

    /**
     * Returns Zibo's policy: one vote per IP address per round, whichever nominee it is for.
     *
     * <p>The voter must be an IP address literal: IPv4 in dotted-quad form ({@code 60.210.12.7}) or IPv6
     * in any textual form RFC 4291 allows ({@code 2001:db8::1}, {@code ::ffff:60.210.12.7}). Nothing is
     * ever resolved through DNS: a host name, a partial address ({@code 1.2.3}), an address with a port or
     * a zone index ({@code fe80::1%eth0}) and blank text are refused. An IPv6 voter is identified by its
     * /64 prefix, since a household or a mobile subscriber is routinely handed a whole /64 and could
     * otherwise vote once per address in it. An IPv6 address that carries an IPv4 client's address counts
     * as that IPv4 address, so one client is one voter whichever way its server logged it: IPv4-mapped
     * ({@code ::ffff:1.2.3.4}, as a dual-stack server reports IPv4 clients), IPv4-translated ({@code
     * ::ffff:0:1.2.3.4}), NAT64's well-known prefix ({@code 64:ff9b::1.2.3.4}, as an IPv6-only server behind
     * NAT64 sees IPv4 clients), IPv4-compatible ({@code ::1.2.3.4}), 6to4 ({@code 2002:102:304::1}, whose
     * networks belong to the holder of 1.2.3.4) and Teredo (the client's public IPv4 address). Keyed by their
     * /64, all of a NAT64 server's IPv4 clients had been one voter, and the holder of an IPv4 address could
     * vote once more from each of its 65,536 6to4 networks.
     *
     * <p>Key material: {@code ip4:60.210.12.7} or {@code ip6:2001:db8:1:2::/64}. The cast time and the
     * zone play no part.
     *
     * @return the policy with id {@code one-per-ip-per-round}, not null
     */
    public static VotePolicy onePerIpPerRound() {
        return ONE_PER_IP_PER_ROUND;
    }

    /**
     * Returns the union WeChat policy: one vote per voter account per nominee per calendar day, days
     * counted in the zone the caller gives (the program's, e.g. Asia/Shanghai), so that an account may
     * vote for several nominees and again for the same one the next day.
     *
     * <p>The voter is the account id as the host's login knows it: 1 to 128 characters, none of them
     * white space, a control or format character, or a code point Unicode leaves unassigned or private.
     * It is compared exactly: the host must hand the same spelling every time.
     *
     * <p>Key material: {@code acct:<account>|<nominee id>|<yyyy-MM-dd>}, the date being the cast time's
     * in the given zone.
     *
     * @return the policy with id {@code one-per-account-per-nominee-per-day}, not null
     */
    public static VotePolicy onePerAccountPerNomineePerDay() {
        return ONE_PER_ACCOUNT_PER_NOMINEE_PER_DAY;
    }

    private static final class OnePerIpPerRound implements VotePolicy {
        // The longest IPv6 text with an embedded IPv4 address is 45 characters; anything longer is
        // refused before the parser sees it.
        private static final int MAX_LITERAL_LENGTH = 45;
        private static final int IPV6_PREFIX_BYTES = 8;

        @Override
        public String id() {
            return "one-per-ip-per-round";
        }

        @Override
        public String chineseName() {
            return "同一IP地址每轮限投一票（IPv6按/64网段计）";
        }

        @Override
        public String keyMaterial(Ballot ballot, ZoneId zone) {
            Objects.requireNonNull(ballot, "ballot");
            Objects.requireNonNull(zone, "zone");
            if (isPlainDottedQuad(ballot.voter())) {
                // Already the canonical text: the common case, without the parser's allocations.
                return "ip4:" + ballot.voter();
            }
            InetAddress address = parse(ballot.voter());
            if (address instanceof Inet4Address) {
                return "ip4:" + InetAddresses.toAddrString(address);
            }
            Inet4Address client = embeddedClient((Inet6Address) address);
            if (client != null) {
                return "ip4:" + InetAddresses.toAddrString(client);
            }
            byte[] prefix = address.getAddress();
            Arrays.fill(prefix, IPV6_PREFIX_BYTES, prefix.length, (byte) 0);
            return "ip6:" + InetAddresses.toAddrString(ipv6(prefix)) + "/64";
        }

        /**
         * Returns the IPv4 client address an IPv6 address carries, or null: IPv4-compatible (not {@code ::} or
         * {@code ::1}), 6to4 and Teredo as Guava reads them, IPv4-translated ({@code ::ffff:0:0/96}, RFC 2765)
         * and NAT64's well-known prefix ({@code 64:ff9b::/96}, RFC 6052). IPv4-mapped addresses arrive as
         * {@link Inet4Address} already.
         */
        private static Inet4Address embeddedClient(Inet6Address address) {
            if (InetAddresses.hasEmbeddedIPv4ClientAddress(address)) {
                return InetAddresses.getEmbeddedIPv4ClientAddress(address);
            }
            byte[] bytes = address.getAddress();
            boolean translated = isZero(bytes, 0, 8) && bytes[8] == (byte) 0xff && bytes[9] == (byte) 0xff
                    && bytes[10] == 0 && bytes[11] == 0;
            boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b
                    && isZero(bytes, 4, 12);
            return translated || nat64 ? ipv4(Arrays.copyOfRange(bytes, 12, 16)) : null;
        }

        private static boolean isZero(byte[] bytes, int from, int to) {
            for (int i = from; i < to; i++) {
                if (bytes[i] != 0) {
                    return false;
                }
            }
            return true;
        }

        private static Inet4Address ipv4(byte[] bytes) {
            try {
                return (Inet4Address) InetAddress.getByAddress(bytes);
            } catch (UnknownHostException e) {
                throw new IllegalStateException("4 bytes always make an IPv4 address", e);
            }
        }

        private static InetAddress parse(String voter) {
            // Guava parses literals only and never consults DNS, unlike InetAddress.getByName. It also reads
            // non-ASCII digits (full-width ones, say), so the characters are checked first; that refuses
            // zone indices too, which a public voter never has.
            if (voter.isEmpty() || voter.length() > MAX_LITERAL_LENGTH
                    || !voter.chars().allMatch(OnePerIpPerRound::isLiteralChar) || !InetAddresses.isInetAddress(voter)) {
                throw new InvalidFieldException("voter", FieldProblem.NOT_AN_IP_ADDRESS);
            }
            // The JDK turns the 16 bytes of an IPv4-mapped address into the Inet4Address it carries.
            return InetAddresses.forString(voter);
        }

        /**
         * Tells whether text is an IPv4 address in canonical dotted-quad form: four decimal numbers of 0 to
         * 255, without leading zeros (which the parser refuses, as octal or decimal is anyone's guess).
         */
        private static boolean isPlainDottedQuad(String text) {
            int length = text.length();
            int octets = 0;
            int i = 0;
            while (i < length && octets < 4) {
                int start = i;
                int value = 0;
                while (i < length && i - start < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    value = value * 10 + text.charAt(i) - '0';
                    i++;
                }
                int digits = i - start;
                if (digits == 0 || value > 255 || digits > 1 && text.charAt(start) == '0') {
                    return false;
                }
                octets++;
                if (octets < 4) {
                    if (i >= length || text.charAt(i) != '.') {
                        return false;
                    }
                    i++;
                }
            }
            return octets == 4 && i == length;
        }

        private static boolean isLiteralChar(int c) {
            return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '.' || c == ':';
        }

        private static InetAddress ipv6(byte[] bytes) {
            try {
                return Inet6Address.getByAddress(null, bytes, -1);
            } catch (UnknownHostException e) {
                throw new IllegalStateException("16 bytes always make an IPv6 address", e);
            }
        }

        @Override
        public String toString() {
            return id();
        }
    }

    private static final class OnePerAccountPerNomineePerDay implements VotePolicy {
        private static final int MAX_ACCOUNT_LENGTH = 128;

        @Override
        public String id() {
            return "one-per-account-per-nominee-per-day";
        }

        @Override
        public String chineseName() {
            return "同一账号每天对每位候选人限投一票";
        }

        @Override
        public String keyMaterial(Ballot ballot, ZoneId zone) {
            Objects.requireNonNull(ballot, "ballot");
            Objects.requireNonNull(zone, "zone");
            String account = ballot.voter();
            checkAccount(account);
            LocalDate day = LocalDate.ofInstant(ballot.castAt(), zone);
            // The nominee id and the date have fixed forms without '|', so the material stays unambiguous
            // even for an account that contains '|': it is read from the right.
            return "acct:" + account + "|" + ballot.nominationId().value() + "|" + day;
        }

        private static void checkAccount(String account) {
            int length = account.codePointCount(0, account.length());
            if (length == 0 || length > MAX_ACCOUNT_LENGTH) {
                throw new InvalidFieldException("voter", FieldProblem.ACCOUNT_ID_LENGTH, String.valueOf(MAX_ACCOUNT_LENGTH),
                        String.valueOf(length));
            }
            if (!account.codePoints().allMatch(OnePerAccountPerNomineePerDay::isPrintable)) {
                throw new InvalidFieldException("voter", FieldProblem.ACCOUNT_ID_CHARACTERS);
            }
        }

        private static boolean isPrintable(int codePoint) {
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                return false;
            }
            return switch (Character.getType(codePoint)) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                        Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
                default -> true;
            };
        }

        @Override
        public String toString() {
            return id();
        }
    }
}
