package org.quire.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quire.shared.InputRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CPT's ▶ ... ◀ around new or revised guideline text: kept, shown as labelled marks, never a way in for markup. */
class PassageMarksTest {

    private static final String BEGINS = "<span class=\"cpt-passage-mark\" role=\"img\" "
            + "aria-label=\"New or revised text begins\" title=\"New or revised text begins\">▶</span>";
    private static final String ENDS = "<span class=\"cpt-passage-mark\" role=\"img\" "
            + "aria-label=\"New or revised text ends\" title=\"New or revised text ends\">◀</span>";

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @AfterAll
    static void stopRendering() {
        MARKDOWN.stopRendering();
    }

    @Test
    void theMarksSurviveAsLabelledSpansAroundTheUnchangedPassage() {
        String html = render("Report once per day. ▶Audio-only visits count **as well**.◀ See below.");

        assertThat(html).isEqualTo("<p data-source-pos=\"0-70\">Report once per day. " + BEGINS
                + "Audio-only visits count <strong>as well</strong>." + ENDS + " See below.</p>\n");
        assertThat(Jsoup.parseBodyFragment(html).text())
                .isEqualTo("Report once per day. ▶Audio-only visits count as well.◀ See below.");
    }

    @Test
    void aPassageOverSeveralBlocksHasOneMarkAtEachEnd() {
        var body = Jsoup.parseBodyFragment(render("▶First paragraph.\n\n- a list item\n\nLast paragraph.◀"));

        assertThat(body.select("span.cpt-passage-mark")).extracting(Element::text).containsExactly("▶", "◀");
        assertThat(body.select("p").first().html()).startsWith(BEGINS);
        assertThat(body.select("p").last().html()).endsWith(ENDS);
    }

    @Test
    void marksInLinksHeadingsAndTablesAreMarked() {
        var body = Jsoup.parseBodyFragment(render("## ▶Scope◀\n\n[▶see◀](https://example.org)\n\n"
                + "| Code | Note |\n|---|---|\n| 9X0X1 | ▶new◀ |\n"));

        assertThat(body.select("h2 span.cpt-passage-mark, a span.cpt-passage-mark, td span.cpt-passage-mark"))
                .hasSize(6);
        assertThat(MARKDOWN.render("## ▶Scope◀").headings()).extracting(Heading::text).containsExactly("▶Scope◀");
    }

    @Test
    void codeAndImageDescriptionsKeepTheMarksAsTyped() {
        var body = Jsoup.parseBodyFragment(render("`▶code◀`\n\n```\n▶block◀\n```\n\n![▶chart◀](https://example.org/c.png)"));

        assertThat(body.select("span")).isEmpty();
        assertThat(body.select("code")).extracting(Element::text).containsExactly("▶code◀", "▶block◀");
        assertThat(body.selectFirst("img").attr("alt")).isEqualTo("▶chart◀");
    }

    @Test
    void textBetweenMarksIsEscapedAsAnyText() {
        String html = render("▶\\<script>alert(1)\\</script> & \"quotes\"◀");

        assertThat(html).contains(BEGINS + "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\"" + ENDS);
        MarkdownSanitizingTest.assertNoScriptCapableOutput(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<span role=\"button\" aria-label=\"Pay here\" title=\"Pay here\" onclick=\"alert(1)\">x</span>",
        "<span role=\"IMG\" aria-label=\"New or revised text begins \">x</span>",
        "<span title=\"javascript:alert(1)\" style=\"color:red\">x</span>",
        "<p role=\"img\" aria-label=\"New or revised text begins\">x</p>",
        "<strong title=\"New or revised text ends\" role=\"img\">x</strong>",
    })
    void rawHtmlGetsNoRoleLabelOrTitleBeyondAMarksOwn(String markdown) {
        String html = render(markdown);

        assertThat(Jsoup.parseBodyFragment(html).select("[role], [aria-label], [title], [style], [onclick]")).isEmpty();
        MarkdownSanitizingTest.assertNoScriptCapableOutput(html);
    }

    @Test
    void rawHtmlKeepsOnlyTheMarkClassAmongItsClasses() {
        var span = Jsoup.parseBodyFragment(render("<span class=\"cpt-passage-mark v-app lumo-overlay\">x</span>"))
                .selectFirst("span");

        assertThat(span.attr("class")).isEqualTo("cpt-passage-mark");
    }

    @Test
    void marksCountTowardsTheLimitOnStructure() {
        assertThatThrownBy(() -> MARKDOWN.render("▶◀ ".repeat(20_000))).isInstanceOf(InputRejected.class)
                .hasMessageContaining("too much structure");
    }

    private static String render(String markdown) {
        return MARKDOWN.render(markdown).html().html();
    }
}
