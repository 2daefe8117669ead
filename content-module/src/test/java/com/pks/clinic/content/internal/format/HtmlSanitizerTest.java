package com.pks.clinic.content.internal.format;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<p onclick=\"alert(1)\">hi</p>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<svg onload=alert(1)><circle r=1></circle></svg>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<form action=\"https://evil.example\"><input name=q></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<base href=\"https://evil.example/\">",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<details open ontoggle=alert(1)>",
        "<body onload=alert(1)>",
        "<<script>script>alert(1)<</script>/script>",
        "<img src=\"x\" alt=\"\" onmouseover=\"alert(1)\">",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "%3Cscript%3Ealert(1)%3C/script%3E<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    })
    void nothingExecutableSurvives(String payload) {
        String lower = HtmlSanitizer.sanitize(payload).toLowerCase(Locale.ROOT);
        assertAll(
                () -> assertFalse(lower.contains("<script"), lower),
                () -> assertFalse(lower.contains("javascript:"), lower),
                () -> assertFalse(lower.contains("vbscript:"), lower),
                () -> assertFalse(lower.contains("data:"), lower),
                () -> assertFalse(lower.matches("(?s).*<[^>]+\\son[a-z]+\\s*=.*"), lower),
                () -> assertFalse(lower.contains("<svg"), lower),
                () -> assertFalse(lower.contains("<style"), lower),
                () -> assertFalse(lower.contains("style="), lower),
                () -> assertFalse(lower.contains("<iframe"), lower),
                () -> assertFalse(lower.contains("<object"), lower),
                () -> assertFalse(lower.contains("<embed"), lower),
                () -> assertFalse(lower.contains("<form"), lower),
                () -> assertFalse(lower.contains("<meta"), lower),
                () -> assertFalse(lower.contains("<base"), lower),
                () -> assertFalse(lower.contains("<link"), lower));
    }

    @Test
    void allowedFormattingSurvivesUnchanged() {
        String formatted = "<h2>What to expect</h2>"
                + "<p>Plain <strong>strong</strong>, <em>emphasis</em> and <a href=\"https://988lifeline.org/\">a link</a>.</p>"
                + "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>"
                + "<figure><blockquote><p>A quotation.</p></blockquote><figcaption>Someone, <cite>A Journal</cite></figcaption></figure>"
                + "<p><a href=\"tel:+14068807571\">406-880-7571</a> <a href=\"/contact\">contact</a></p>"
                + "<p><img src=\"/media/team.jpg\" alt=\"Our team\"></p>";
        assertEquals(formatted, HtmlSanitizer.sanitize(formatted));
    }

    @Test
    void imagesComeOnlyFromTheSiteItself() {
        assertEquals("<p>Before   after</p>", HtmlSanitizer.sanitize("<p>Before <img src=\"https://tracker.example/p.gif\" "
                + "alt=\"x\"> <img src=\"//cdn.example/a.png\"> after</p>"));
        assertEquals("<p><img src=\"/media/7/room.jpg\" alt=\"Our room\"></p>",
                HtmlSanitizer.sanitize("<p><img src=\"/media/7/room.jpg\" alt=\"Our room\"></p>"));
    }

    @Test
    void textOfRemovedMarkupIsKeptEscaped() {
        String cleaned = HtmlSanitizer.sanitize("<p>Call us <span onclick=\"x()\">today</span> & ask 1 < 2</p>");
        assertEquals("<p>Call us today &amp; ask 1 &lt; 2</p>", cleaned);
        assertTrue(HtmlSanitizer.sanitize("").isEmpty());
    }
}
