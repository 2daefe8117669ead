package com.pks.clinic.web.platform.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A forwarded address is believed only from a configured proxy, and then only its rightmost untrusted entry. */
class TrustedProxiesTest {

    @Test
    void withoutAConfiguredProxyTheConnectionsOwnAddressCountsWhateverTheHeaderSays() {
        TrustedProxies none = TrustedProxies.of(" ");
        assertEquals("203.0.113.9", none.client("203.0.113.9", "198.51.100.1"));
        assertEquals("203.0.113.9", none.client("203.0.113.9", null));
    }

    @Test
    void behindATrustedProxyTheRightmostAddressThatIsNoProxyIsTheClient() {
        TrustedProxies proxies = TrustedProxies.of("10.0.0.0/8, ::1");
        assertEquals("198.51.100.7", proxies.client("10.1.2.3", "203.0.113.66, 198.51.100.7"),
                "the leftmost entry is whatever the client chose to send");
        assertEquals("198.51.100.7", proxies.client("10.1.2.3", "198.51.100.7, 10.4.4.4"), "a chain of proxies");
        assertEquals("203.0.113.9", proxies.client("203.0.113.9", "198.51.100.7"), "not from a proxy: ignored");
        assertEquals("10.1.2.3", proxies.client("10.1.2.3", "not-an-address"), "a malformed chain proves nothing");
        for (String name : List.of("cafe", "bbc.ca", "999.1.1.1", "1.2.3")) {
            assertEquals("10.1.2.3", proxies.client("10.1.2.3", name), name + " is no address, nor looked up as a name");
        }
        assertEquals("198.51.100.8", proxies.client("::1", "198.51.100.8"));
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertEquals(TrustedProxies.limitKey("2001:db8:1:2::1"), TrustedProxies.limitKey("2001:db8:1:2:ffff::9"));
        assertEquals("198.51.100.7", TrustedProxies.limitKey("198.51.100.7"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("example.org"),
                "names are never looked up: a setting must be addresses");
    }

    @Test
    void httpsIsBelievedFromATrustedProxyAloneAndOtherwiseTheConnectionSays() {
        TrustedProxies proxies = TrustedProxies.of("127.0.0.1");
        assertTrue(proxies.overHttps("127.0.0.1", "https", true));
        assertTrue(proxies.overHttps("127.0.0.1", " HTTPS ", true));
        assertFalse(proxies.overHttps("127.0.0.1", "http", false));
        assertFalse(proxies.overHttps("203.0.113.9", "https", true), "a client's own claim, which Payara believed");
        assertTrue(proxies.overHttps("203.0.113.9", null, true), "a TLS connection of its own");
        assertFalse(proxies.overHttps("203.0.113.9", null, false));
    }
}
