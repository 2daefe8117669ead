package com.pks.clinic.web.platform.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the console shows for an address: short IPv6, the server's own machine named, anything else as recorded. */
class NetworkAddressesTest {

    private final NetworkAddresses addresses = new NetworkAddresses();

    @Test
    void ipv6IsShownInItsShortForm() {
        assertEquals("2001:db8::1", addresses.shown("2001:db8:0:0:0:0:0:1"));
        assertEquals("2001:db8::ff00:42:8329", addresses.shown("2001:0DB8:0000:0000:0000:ff00:0042:8329"));
        assertEquals("2001:db8:0:1:1:1:1:1", addresses.shown("2001:db8:0:1:1:1:1:1"), "one zero group stays");
        assertEquals("2001:0:0:1::1", addresses.shown("2001:0:0:1:0:0:0:1"), "the longest run of zeros");
        assertEquals("2001:db8::1:0:0:1", addresses.shown("2001:db8:0:0:1:0:0:1"), "the first of two alike");
        assertEquals("fe80::", addresses.shown("fe80:0:0:0:0:0:0:0"));
        assertEquals("203.0.113.5", addresses.shown("::ffff:203.0.113.5"), "IPv4 wrapped in IPv6");
        assertEquals("203.0.113.5", addresses.shown("0:0:0:0:0:ffff:cb00:7105"), "the same, written in hex");
    }

    @Test
    void theServersOwnMachineIsNamedAndOtherAddressesAreAsRecorded() {
        assertEquals("::1 (the site's own server)", addresses.shown("0:0:0:0:0:0:0:1"));
        assertEquals("127.0.0.1 (the site's own server)", addresses.shown("127.0.0.1"));
        assertEquals("203.0.113.5", addresses.shown("203.0.113.5"));
        assertEquals("unknown", addresses.shown("unknown"));
        assertEquals("cafe", addresses.shown("cafe"), "a word of hex letters is not looked up");
        assertEquals("", addresses.shown(""));
    }
}
