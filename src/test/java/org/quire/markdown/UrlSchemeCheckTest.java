package org.quire.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quire.markdown.internal.UrlSchemeCheck;

import static org.assertj.core.api.Assertions.assertThat;

/** The link-scheme rule on its own, on the values a browser would decode an attribute to. */
class UrlSchemeCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org", "https://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG",
        "mailto:secretariat@example.org", "MailTo:x@example.org", "#rationale", "#", "/workgroups/telehealth",
        "proposals/TH-2026-003", "?page=2", "//cdn.example.org/a.png", "", "a%20b", "https://x.org/a:b"})
    void allowsHttpHttpsMailtoAnchorsAndRelativeReferences(String url) {
        assertThat(UrlSchemeCheck.allows(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "JaVaScRiPt:alert(1)",
        " javascript:alert(1)", "\u0000javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
        "java\rscript:alert(1)", "java\u200Bscript:alert(1)", "\u00A0javascript:alert(1)",
        "java&#115;cript:alert(1)", "&#x6A;avascript:alert(1)", "&#106;avascript&#58;alert(1)",
        "java&Tab;script:alert(1)", "javascript&colon;alert(1)", "javascript%3Aalert(1)", "%6Aavascript:alert(1)",
        "vbscript:msgbox(1)", "VBScript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
        "DATA:image/svg+xml;base64,PHN2Zz4=", "file:///etc/passwd", "ftp://example.org", "irc://example.org",
        "%zzjavascript:alert(1)"})
    void refusesEveryOtherSchemeHoweverItIsWritten(String url) {
        assertThat(UrlSchemeCheck.allows(url)).isFalse();
    }
}
