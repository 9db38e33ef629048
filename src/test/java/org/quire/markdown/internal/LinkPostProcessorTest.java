package org.quire.markdown.internal;

import java.util.List;
import java.util.Random;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.quire.markdown.CommonMarkExamples;
import org.quire.markdown.SampleProposal;

import static org.assertj.core.api.Assertions.assertThat;

/** Heading anchors and autolinks come out as flexmark's anchor-link and autolink extensions make them. */
class LinkPostProcessorTest {

    private static final List<String> PIECES = List.of("www.example.org", "WWW.Example.ORG/a?b=1",
            "https://a.b/c?d=e", "http://x.y/(z)", "mail@example.org", "a.b@c.d.e", "foo.bar", "ftp://x.org", "www.",
            "@", "://", "(www.x.org)", "*www.x.org*", "`www.x.org`", "\\_www.x.org\\_", "&amp;", "<https://x.org>",
            "[www.x.org](https://y.org)", "![www](https://i.org/a.png)", "<a href=\"https://x.org\">www.y.org</a>",
            "~~www.x.org~~", "text ", " ", "\n", "\n\n", "# ", "## ", "> ", "- ", "1. ", "Setext\n===\n",
            "    code www.x.org\n", "```\nwww.x.org\n```\n", "<!-- www.x.org -->", "▶www.x.org◀", "x&#64;y.org",
            "| a | www.x.org |\n|---|---|\n| b@c.org | c |\n");

    private static final DataHolder ANCHORS = new MutableDataSet()
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
            .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false)
            .toImmutable();

    private final Parser flexmarks = Parser.builder(new MutableDataSet(ANCHORS)
            .set(Parser.EXTENSIONS, List.of(AnchorLinkExtension.create(), AutolinkExtension.create()))).build();
    private final Parser quires = Parser.builder(ANCHORS).postProcessorFactory(LinkPostProcessor.factory()).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(new MutableDataSet(ANCHORS)
            .set(Parser.EXTENSIONS, List.of(AnchorLinkExtension.create()))).build();

    @Test
    void commonMarkExamplesGetTheSameAnchorsAndLinks() {
        for (var example : CommonMarkExamples.load().all()) {
            assertTheSame(example.markdown());
        }
    }

    @Test
    void textFullOfAddressesGetsTheSameAnchorsAndLinks() {
        assertTheSame(SampleProposal.ofAbout(20 * 1024));
        var random = new Random(11);
        for (int i = 0; i < 1_500; i++) {
            var markdown = new StringBuilder();
            for (int pieces = 1 + random.nextInt(30); pieces > 0; pieces--) {
                markdown.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            assertTheSame(markdown.toString());
        }
    }

    private void assertTheSame(String markdown) {
        assertThat(renderer.render(quires.parse(markdown))).as(markdown)
                .isEqualTo(renderer.render(flexmarks.parse(markdown)));
    }
}
