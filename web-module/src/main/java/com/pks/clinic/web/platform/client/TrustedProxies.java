package com.pks.clinic.web.platform.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which client a request comes from, when the site may stand behind reverse proxies. A forwarded header is a claim
 * anyone can make, so it is believed only from a configured proxy ({@code clinic.trusted-proxies}: addresses or
 * CIDR ranges, none by default), and then the client is the rightmost address of {@code X-Forwarded-For} that is
 * not itself a trusted proxy: the leftmost entries are whatever the client chose to send.
 */
public final class TrustedProxies {

    private static final Pattern DOTTED_QUAD = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** From the setting: comma-separated addresses or CIDR ranges, such as {@code 10.0.0.0/8, ::1}. */
    public static TrustedProxies of(String setting) {
        return new TrustedProxies(setting == null ? List.of() : Arrays.stream(setting.split(","))
                .map(String::strip).filter(entry -> !entry.isEmpty()).map(Range::parse).toList());
    }

    /** The client's address: the connection's own, unless it comes from a trusted proxy that says otherwise. */
    public String client(String remoteAddress, String forwardedFor) {
        if (!trusts(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!isAddress(hop)) {
                return remoteAddress; // a malformed chain proves nothing
            }
            if (!trusts(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }

    /**
     * Whether the client reached the site over HTTPS. Behind a proxy that ends TLS, only its
     * {@code X-Forwarded-Proto} can say so; Payara's scheme mapping believes that header from anyone, so here it
     * counts only from a trusted proxy. Without the header, the connection itself says.
     */
    public boolean overHttps(String remoteAddress, String forwardedProto, boolean secureConnection) {
        if (forwardedProto == null) {
            return secureConnection;
        }
        return trusts(remoteAddress) && "https".equalsIgnoreCase(forwardedProto.strip());
    }

    /**
     * What a per-client limit counts: the address itself, or for IPv6 its /64 network, since one household or
     * phone is given a whole /64 and can pick any address in it.
     */
    public static String limitKey(String address) {
        return parse(address).filter(bytes -> bytes.length == 16)
                .map(bytes -> "ipv6:" + java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64")
                .orElse(address);
    }

    private boolean trusts(String address) {
        Optional<byte[]> bytes = parse(address);
        return bytes.isPresent() && ranges.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    private static boolean isAddress(String text) {
        return parse(text).isPresent();
    }

    /**
     * The address's bytes (4 or 16); literal addresses only, never a name lookup: InetAddress would look up in DNS
     * whatever it does not read as a literal ("cafe", "999.1.1.1"), so it is handed IPv6 alone (with a colon, it
     * never looks up), and IPv4 is read here.
     */
    static Optional<byte[]> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher quad = DOTTED_QUAD.matcher(text);
        if (quad.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(quad.group(i + 1));
                if (part > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) part;
            }
            return Optional.of(bytes);
        }
        if (!text.contains(":") || !text.matches("[0-9A-Fa-f:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            String[] parts = entry.split("/", 2);
            byte[] network = TrustedProxies.parse(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "clinic.trusted-proxies: not an address: " + parts[0]));
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : network.length * 8;
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
