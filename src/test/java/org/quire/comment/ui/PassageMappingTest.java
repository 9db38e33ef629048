package org.quire.comment.ui;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Selections in rendered text mapped to the Markdown source and back, over HTML rendered by Quire's
 * own pipeline and split into blocks as the reader's script does.
 */
class PassageMappingTest {

    @Test
    void aSelectionInPlainTextIsTheSameTextInTheSource() {
        assertThat(selected("The visit counts once.", "visit counts")).isEqualTo("visit counts");
    }

    @Test
    void selectedWordsInsideEmphasisLeaveTheMarksOut() {
        assertThat(selected("Report *audio-only* visits.", "audio-only")).isEqualTo("audio-only");
        assertThat(selected("Report _audio-only_ visits.", "audio-only")).isEqualTo("audio-only");
        assertThat(selected("Report **audio-only** visits.", "audio-only")).isEqualTo("audio-only");
        assertThat(selected("Report ***both*** visits.", "both")).isEqualTo("both");
    }

    @Test
    void aSelectionAcrossTheEdgeOfEmphasisTakesTheMarkItCrosses() {
        assertThat(selected("Report *audio-only* visits.", "Report audio")).isEqualTo("Report *audio");
        assertThat(selected("Report **audio-only** visits.", "only visits")).isEqualTo("only** visits");
    }

    @Test
    void aSelectionOfAWholeEmphasizedRunAndMoreTakesBothItsMarks() {
        assertThat(selected("Report **audio-only** visits.", "audio-only visits"))
                .isEqualTo("**audio-only** visits");
        assertThat(selected("Report *by* `audio` only.", "Report by audio"))
                .isEqualTo("Report *by* `audio`");
    }

    @Test
    void aLinksWordsMapToItsTextNotToTheSameWordsInItsDestination() {
        var markdown = "See [the guide](https://example.org/the-guide \"the guide\") for more.";
        var range = range(markdown, "the guide", "the guide");
        assertThat(range.start()).isEqualTo(markdown.indexOf("[the guide") + 1);
        assertThat(markdown.substring(range.start(), range.end())).isEqualTo("the guide");
        assertThat(selected(markdown, "guide for")).isEqualTo("guide](https://example.org/the-guide \"the guide\") for");
        assertThat(selected("A [reference][ref] link.\n\n[ref]: https://example.org/reference", "reference link"))
                .isEqualTo("reference][ref] link");
        assertThat(selected("Mail <https://example.org/x> now", "https://example.org/x"))
                .isEqualTo("https://example.org/x");
    }

    @Test
    void inlineCodeIsKeptLiterallyEvenWhenItLooksLikeMarkupOrAnEntity() {
        assertThat(selected("Use `a*b*c` here.", "a*b*c")).isEqualTo("a*b*c");
        assertThat(selected("Write `&amp;` for it.", "&amp;")).isEqualTo("&amp;");
        assertThat(selected("Write `[x](y)` there.", "[x](y)")).isEqualTo("[x](y)");
        assertThat(selected("Use ``a`b`` ok.", "a`b")).isEqualTo("``a`b``"); // all of the code's text: the whole span
    }

    @Test
    void aCharacterWrittenAsAnEntityMapsToTheWholeEntity() {
        assertThat(selected("Tom &amp; Jerry", "Tom & Jerry")).isEqualTo("Tom &amp; Jerry");
        assertThat(selected("Tom &amp; Jerry", "&")).isEqualTo("&amp;");
        assertThat(selected("&copy; 2026 &#169; &#xA9;", "© 2026 ©")).isEqualTo("&copy; 2026 &#169;");
        assertThat(selected("Fish &amp; chips", "Fish &")).isEqualTo("Fish &amp;");
    }

    @Test
    void listMarkersAreNotPartOfAnItemsWords() {
        var markdown = "- first item\n- second item\n\n1. one\n2. two and more";
        assertThat(selected(markdown, "second")).isEqualTo("second");
        assertThat(selected(markdown, "two and")).isEqualTo("two and");
        assertThat(selected(markdown, "first item", "second item")).isEqualTo("first item\n- second item");
    }

    @Test
    void nestedListsMapEachItemsOwnWords() {
        var markdown = "- outer item\n  - inner item\n  - other inner\n- last";
        assertThat(selected(markdown, "outer")).isEqualTo("outer");
        assertThat(selected(markdown, "inner item")).isEqualTo("inner item");
        assertThat(selected(markdown, "other inner")).isEqualTo("other inner");
        assertThat(selected(markdown, "outer item", "other")).isEqualTo("outer item\n  - inner item\n  - other");
    }

    @Test
    void looseListItemsMapThroughTheirParagraphs() {
        var markdown = "- first\n\n  more of it\n\n- second";
        assertThat(selected(markdown, "more of")).isEqualTo("more of");
    }

    @Test
    void headingsLeaveOutTheirHashesAndUnderlines() {
        assertThat(selected("# Title here\n\nText", "Title")).isEqualTo("Title");
        assertThat(selected("## Heading *two* ##\n\nText", "Heading two")).isEqualTo("Heading *two*");
        assertThat(selected("Setext title\n============\n\nText", "Setext title")).isEqualTo("Setext title");
    }

    @Test
    void tableCellsMapToTheirOwnText() {
        var markdown = "| Code | Meaning |\n|---|---|\n| 99091 | *remote* review |\n| 99453 | setup |";
        assertThat(selected(markdown, "remote review")).isEqualTo("*remote* review");
        assertThat(selected(markdown, "99453")).isEqualTo("99453");
        assertThat(selected(markdown, "Meaning")).isEqualTo("Meaning");
        assertThat(selected(markdown, "99091", "review")).isEqualTo("99091 | *remote* review");
    }

    @Test
    void aBlockquoteLeavesOutItsMarkersAcrossLines() {
        var markdown = "> quoted *words* here\n> and on the next line";
        assertThat(selected(markdown, "quoted words")).isEqualTo("quoted *words*");
        assertThat(selected(markdown, "here\nand")).isEqualTo("here\n> and");
    }

    @Test
    void aSelectionOverSeveralBlocksRunsFromTheFirstBlocksStartToTheLastBlocksEnd() {
        var markdown = "First paragraph ends here.\n\n## A heading\n\nSecond *paragraph* starts.";
        assertThat(selected(markdown, "ends here.", "Second paragraph"))
                .isEqualTo("ends here.\n\n## A heading\n\nSecond *paragraph*");
    }

    @Test
    void aSelectionAtTheVeryEdgesOfABlockStopsAtItsWords() {
        var markdown = "Before.\n\n**Whole paragraph**\n\nAfter.";
        var blocks = BrowserBlocks.of(markdown);
        var whole = block(blocks, "Whole paragraph");
        var range = new PassageMapping(markdown).selection(whole, 0, whole, whole.text().length()).orElseThrow();
        assertThat(markdown.substring(range.start(), range.end())).isEqualTo("Whole paragraph");
        var before = block(blocks, "Before.");
        var after = block(blocks, "After.");
        var across = new PassageMapping(markdown).selection(before, before.text().length(), after, 0);
        assertThat(across).map(r -> markdown.substring(r.start(), r.end())).contains("**Whole paragraph**");
    }

    @Test
    void nonAsciiTextKeepsItsPositions() {
        var markdown = "Ärzte – naïve 🙂 *émigré* “quoted” Straße";
        assertThat(selected(markdown, "🙂 émigré")).isEqualTo("🙂 *émigré*");
        assertThat(selected(markdown, "“quoted” Straße")).isEqualTo("“quoted” Straße");
        assertThat(selected(markdown, "Ärzte")).isEqualTo("Ärzte");
    }

    @Test
    void softLineBreaksEscapesAndPassageMarksAreText() {
        assertThat(selected("line one\nline two", "one\nline")).isEqualTo("one\nline");
        assertThat(selected("\\*not emphasis\\*", "*not")).isEqualTo("\\*not");
        assertThat(selected("Old. ▶New text◀ Old.", "▶New text◀")).isEqualTo("▶New text◀");
    }

    @Test
    void whiteSpaceAtTheEndsOfASelectionIsLeftOut() {
        assertThat(selected("The visit counts once.", " visit ")).isEqualTo("visit");
    }

    @Test
    void aSelectionOfOnlyMarkupOrWhiteSpaceIsNoPassage() {
        var markdown = "one  two";
        var blocks = BrowserBlocks.of(markdown);
        var block = blocks.getFirst();
        int space = block.text().indexOf(' ');
        assertThat(new PassageMapping(markdown).selection(block, space, block, space + 1)).isEmpty();
    }

    @Test
    void blocksThatAreNotThisSourcesOrOffsetsOutsideTheirTextAreIgnored() {
        var markdown = "Short text.";
        var mapping = new PassageMapping(markdown);
        var block = BrowserBlocks.of(markdown).getFirst();
        assertThat(mapping.selection(block, 0, block, block.text().length() + 1)).isEmpty();
        assertThat(mapping.selection(block, -1, block, 3)).isEmpty();
        var beyond = new RenderedBlock(0, 500, "Short text.");
        assertThat(mapping.selection(beyond, 0, beyond, 5)).isEmpty();
        var padded = new RenderedBlock(0, markdown.length(), "x".repeat(1_000));
        assertThat(mapping.selection(padded, 0, padded, 5)).isEmpty();
        assertThat(RenderedBlock.parse("12", "x")).isNull();
        assertThat(RenderedBlock.parse("5-2", "x")).isNull();
        assertThat(RenderedBlock.parse("a-2", "x")).isNull();
    }

    @Test
    void aPassageIsPaintedOverExactlyItsRenderedWords() {
        assertThat(painted("Report *audio-only* visits.", "audio-only")).isEqualTo("audio-only");
        assertThat(painted("Report *audio-only* visits.", "*audio-only*")).isEqualTo("audio-only");
        assertThat(painted("Report **audio-only** visits.", "only** vis")).isEqualTo("only vis");
        assertThat(painted("See [the guide](https://example.org/the-guide) now", "the guide")).isEqualTo("the guide");
        assertThat(painted("Tom &amp; Jerry", "&amp; J")).isEqualTo("& J");
        assertThat(painted("Ärzte – naïve 🙂 *émigré*", "🙂 *émi")).isEqualTo("🙂 émi");
    }

    @Test
    void aPassageOverSeveralBlocksIsPaintedInEachWithoutTheWhiteSpaceBetweenThem() {
        var markdown = "- first item\n- second item\n\nAfter the list.";
        assertThat(painted(markdown, "item\n- second item\n\nAfter")).isEqualTo("item|second item|After");
        var table = "| a | b |\n|---|---|\n| one | two |";
        assertThat(painted(table, "one | two")).isEqualTo("one|two");
    }

    @Test
    void aPassageOfMarkupAloneIsNotPainted() {
        assertThat(painted("- first item\n- second", "- ")).isEmpty();
        assertThat(painted("Report **audio** visits.", "**")).isEmpty();
    }

    @Test
    void whatIsSelectedIsWhatIsPaintedAgain() {
        var markdown = "## The *visit*\n\nA [linked](https://example.org) passage with `code` and &amp; more.\n\n"
                + "- item **one**\n- item two\n\n> quoted 🙂 line";
        var blocks = BrowserBlocks.of(markdown);
        var mapping = new PassageMapping(markdown);
        for (var block : blocks) {
            var text = block.text();
            for (int from = 0; from < text.length(); from += 3) {
                for (int to = from + 1; to <= text.length(); to += 4) {
                    var selected = text.substring(from, to).strip();
                    var range = mapping.selection(block, from, block, to);
                    if (selected.isEmpty() || range.isEmpty()) {
                        continue;
                    }
                    var painted = mapping.pieces(List.of(block), range.get().start(), range.get().end());
                    assertThat(painted).as("%s in %s", text.substring(from, to), text).hasSize(1);
                    assertThat(painted.getFirst().text()).isEqualTo(selected);
                }
            }
        }
    }

    private static String selected(String markdown, String words) {
        return selected(markdown, words, words);
    }

    private static String selected(String markdown, String startWords, String endWords) {
        var range = range(markdown, startWords, endWords);
        return markdown.substring(range.start(), range.end());
    }

    private static PassageMapping.Range range(String markdown, String startWords, String endWords) {
        var blocks = BrowserBlocks.of(markdown);
        var first = block(blocks, startWords);
        var last = block(blocks, endWords);
        int start = first.text().indexOf(startWords);
        int end = last == first && startWords.equals(endWords) ? start + endWords.length()
                : last.text().indexOf(endWords) + endWords.length();
        return new PassageMapping(markdown).selection(first, start, last, end).orElseThrow();
    }

    /** The innermost block whose own text has the words. */
    private static RenderedBlock block(List<RenderedBlock> blocks, String words) {
        return blocks.stream().filter(b -> b.text().contains(words))
                .min(Comparator.comparingInt(b -> b.end() - b.start()))
                .orElseThrow(() -> new AssertionError("no block reads \"" + words + "\" in " + blocks));
    }

    private static String painted(String markdown, String quote) {
        int start = markdown.indexOf(quote);
        assertThat(start).as("the quote is in the source").isNotNegative();
        return new PassageMapping(markdown).pieces(BrowserBlocks.of(markdown), start, start + quote.length()).stream()
                .map(PassageMapping.Piece::text).collect(Collectors.joining("|"));
    }
}
