package com.pks.clinic.web.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.ByteBuffer;
import java.util.StringJoiner;

/**
 * Network addresses as the console shows them (recent sign-ins, the audit log): an IPv6 address in its short form
 * (RFC 5952: {@code 2001:db8::1}, never {@code 2001:db8:0:0:0:0:0:1}), and the server's own machine named as such,
 * since "0:0:0:0:0:0:0:1" reads as a fault to anyone who is not a network engineer. An IPv4 address that came
 * wrapped in IPv6 ({@code ::ffff:203.0.113.5}, as a dual-stack listener reports it) is shown as the IPv4 address.
 */
@Named
@ApplicationScoped
public class NetworkAddresses {

    private static final String OWN_SERVER = "the site's own server";

    /** The address to show; whatever is not an address literal, as recorded. */
    public String shown(String address) {
        return TrustedProxies.parse(address).map(bytes -> {
            String written = bytes.length == 16 ? shortIpv6(bytes) : dottedQuad(bytes);
            return isLoopback(bytes) ? written + " (" + OWN_SERVER + ")" : written;
        }).orElse(address);
    }

    private static boolean isLoopback(byte[] bytes) {
        if (bytes.length == 4) {
            return bytes[0] == 127;
        }
        for (int i = 0; i < 15; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[15] == 1;
    }

    private static String dottedQuad(byte[] bytes) {
        StringJoiner joined = new StringJoiner(".");
        for (byte part : bytes) {
            joined.add(Integer.toString(Byte.toUnsignedInt(part)));
        }
        return joined.toString();
    }

    /** Lower-case groups without leading zeros, the longest run of two or more zero groups (the first) as "::". */
    private static String shortIpv6(byte[] bytes) {
        int[] groups = new int[8];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        for (int i = 0; i < 8; i++) {
            groups[i] = Short.toUnsignedInt(buffer.getShort());
        }
        int runStart = -1;
        int runLength = 0;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > runLength && length > 1) {
                runStart = i;
                runLength = length;
            }
        }
        if (runStart < 0) {
            return hex(groups, 0, 8);
        }
        return hex(groups, 0, runStart) + "::" + hex(groups, runStart + runLength, 8);
    }

    private static String hex(int[] groups, int from, int to) {
        StringJoiner joined = new StringJoiner(":");
        for (int i = from; i < to; i++) {
            joined.add(Integer.toHexString(groups[i]));
        }
        return joined.toString();
    }
}
