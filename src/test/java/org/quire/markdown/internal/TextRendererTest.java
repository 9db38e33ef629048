package org.quire.markdown.internal;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.junit.jupiter.api.Test;
import org.quire.markdown.CommonMarkExamples;
import org.quire.markdown.SampleProposal;

import static org.assertj.core.api.Assertions.assertThat;

/** Text is written exactly as flexmark's own text rendering writes it, without its regular expressions. */
class TextRendererTest {

    private static final List<String> TRICKY = List.of("a & b < c > d \"e\" 'f'",
            "&amp; &lt; &#60; &#x3C; &copy; &bogus;",
            "\\* \\_ \\\\ \\& \\< \\[x\\]", "line\r\nbreaks\rand\nmore\r", "tab\tand  spaces  ", "▶ é ● ★ 𝄞",
            "<u>raw</u> text & <b>tags</b>", "`code & <span>` and text", "[link & <text>](/u?a=1&b=2 \"t & <\")",
            "# Heading & <stuff>\n\n| a & b | <c> |\n|---|---|\n| \"d\" | e\\|f |", "&#0; &#xD800; &#1114112;");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer flexmarks = HtmlRenderer.builder().build();
    private final HtmlRenderer quires = HtmlRenderer.builder().nodeRendererFactory(TextRenderer.factory()).build();

    @Test
    void commonMarkExamplesRenderAsWithFlexmarksOwnTextRendering() {
        for (var example : CommonMarkExamples.load().all()) {
            assertRendersTheSame(example.markdown());
        }
    }

    @Test
    void proposalsAndTrickyTextRenderAsWithFlexmarksOwnTextRendering() {
        Stream.concat(TRICKY.stream(), Stream.of(SampleProposal.ofAbout(20 * 1024)))
                .forEach(this::assertRendersTheSame);
    }

    @Test
    void escapingMatchesFlexmarksOnAnyText() {
        var random = new Random(7);
        String alphabet = "ab &<>\"'\\\n\r\t;#x▶";
        for (int i = 0; i < 5_000; i++) {
            var text = new StringBuilder();
            for (int length = random.nextInt(20); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(TextRenderer.escaped(text.toString())).isEqualTo(Escaping.escapeHtml(text, false));
        }
    }

    @Test
    void textWithoutSpecialCharactersIsNotCopied() {
        String plain = "Plain text, with ▶ symbols.";

        assertThat(TextRenderer.escaped(plain)).isSameAs(plain);
    }

    @Test
    void withPassageMarksOnlyTheMarksAreWrittenDifferently() {
        var marking = HtmlRenderer.builder().nodeRendererFactory(TextRenderer.withPassageMarks()).build();
        for (var markdown : TRICKY) {
            var document = parser.parse(markdown);
            String marked = marking.render(document);
            assertThat(marked.replaceAll("<span class=\"cpt-passage-mark\"[^>]*>([▶◀])</span>", "$1"))
                    .as(markdown).isEqualTo(flexmarks.render(document));
        }
        assertThat(marking.render(parser.parse("▶ é"))).contains("<span class=\"cpt-passage-mark\"");
    }

    private void assertRendersTheSame(String markdown) {
        var document = parser.parse(markdown);
        assertThat(quires.render(document)).as(markdown).isEqualTo(flexmarks.render(document));
    }
}
