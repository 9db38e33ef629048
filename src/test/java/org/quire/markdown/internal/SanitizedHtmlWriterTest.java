package org.quire.markdown.internal;

import java.util.List;
import java.util.Random;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Sanitized HTML is written exactly as jsoup writes it, escaping included. */
class SanitizedHtmlWriterTest {

    static final List<String> HOSTILE = HostileHtml.WRITTEN_BY_HAND;

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void hostileHtmlIsWrittenAsJsoupWritesIt(String html) {
        assertWrittenAsByJsoup(html);
    }

    @Test
    void generatedDocumentsAreWrittenAsJsoupWritesThem() {
        var random = new Random(5);
        for (int i = 0; i < 3_000; i++) {
            assertWrittenAsByJsoup(HostileHtml.generated(random));
        }
    }

    @Test
    void anyCharacterInTextAndAttributesIsEscapedAsJsoupEscapesIt() {
        var random = new Random(9);
        String alphabet = "a &<>\"'\u00A0\t\n\r\u0000\u0001\u001F\u007F\u0085▶é"
                + "\uD834\uDD1E\uD834\uDD1E\uDD1E\uD834;#=/`";
        for (int i = 0; i < 3_000; i++) {
            var text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            var document = sanitizer.parse("<p>x</p><pre>y</pre>");
            var paragraph = document.body().child(0);
            paragraph.text(text.toString());
            paragraph.attr("title", text.toString());
            document.body().child(1).text(text.toString());
            assertThat(SanitizedHtmlWriter.contentOf(document.body(), 16)).isEqualTo(document.body().html());
        }
    }

    @Test
    void aPreStartingWithALineBreakKeepsIt() {
        var body = sanitizer.sanitize(sanitizer.parse("<pre>\n\nfirst line after a blank one</pre>")).body();

        assertThat(SanitizedHtmlWriter.contentOf(body, 16)).isEqualTo("<pre>\n\nfirst line after a blank one</pre>");
    }

    private void assertWrittenAsByJsoup(String html) {
        Element body = sanitizer.sanitize(sanitizer.parse(html)).body();
        assertThat(SanitizedHtmlWriter.contentOf(body, 16)).as(html).isEqualTo(body.html());
    }
}
