package org.quire.markdown.internal;

import java.util.List;
import java.util.Random;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteLinkRefProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.quire.markdown.CommonMarkExamples;

import static org.assertj.core.api.Assertions.assertThat;

/** Fenced code and footnotes parse behind their filters exactly as flexmark's own parsers parse them. */
class BlockStartFilterTest {

    private static final List<String> LINES = List.of("```\n", "~~~\n", "```java\n", "~~~ `x`\n", "````\n", "  ```\n",
            "    ```\n", "> ```\n", "- ```\n", "1. ~~~\n", "code\n", "[^1]: note\n", "  [^a]: note\n",
            "    [^b]: indented\n", "> [^q]: quoted\n", "- [^l]: listed\n", "[^1]\n", "[ ^x]: no\n", "[link]: /u\n",
            "text `` ` `` more\n", "\n", "# h\n", "---\n", "* * *\n", "- item\n", "> q\n", "<div>\n", "\t```\n",
            "para ~~~ mid\n", "```` ``` ````\n");

    private final Parser flexmarks = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(FootnoteExtension.create()))).build();
    private final Parser filtered = Parser.builder(new MutableDataSet().set(Parser.FENCED_CODE_BLOCK_PARSER, false))
            .customBlockParserFactory(BlockStartFilter.footnotes())
            .linkRefProcessorFactory(new FootnoteLinkRefProcessor.Factory())
            .customBlockParserFactory(BlockStartFilter.fencedCode())
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(FootnoteExtension.create()))).build();

    @Test
    void commonMarkExamplesParseAsWithFlexmarksOwnParsers() {
        for (var example : CommonMarkExamples.load().all()) {
            assertTheSame(example.markdown());
        }
    }

    @Test
    void fencesAndFootnotesEverywhereParseAsWithFlexmarksOwnParsers() {
        var random = new Random(3);
        for (int i = 0; i < 1_500; i++) {
            var markdown = new StringBuilder();
            for (int lines = 1 + random.nextInt(25); lines > 0; lines--) {
                markdown.append(LINES.get(random.nextInt(LINES.size())));
            }
            assertTheSame(markdown.toString());
        }
    }

    private void assertTheSame(String markdown) {
        assertThat(renderer.render(filtered.parse(markdown))).as(markdown)
                .isEqualTo(renderer.render(flexmarks.parse(markdown)));
    }
}
