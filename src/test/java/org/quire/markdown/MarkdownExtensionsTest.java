package org.quire.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The flexmark extensions the issue asks for, through the whole pipeline (sanitizer included). */
class MarkdownExtensionsTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @AfterAll
    static void stopRendering() {
        MARKDOWN.stopRendering();
    }

    @Test
    void tablesRenderWithAlignment() {
        var table = html("""
                | Code | Action | Descriptor |
                |:-----|:------:|-----------:|
                | 9X0X1 | ● new | Remote *monitoring* |
                """).selectFirst("table");

        assertThat(table).isNotNull();
        assertThat(table.select("thead th")).extracting(Element::text).containsExactly("Code", "Action", "Descriptor");
        assertThat(table.select("tbody td")).extracting(cell -> cell.attr("align"))
                .containsExactly("left", "center", "right");
        assertThat(table.select("tbody td em")).extracting(Element::text).containsExactly("monitoring");
    }

    @Test
    void strikethroughInsertedAndUnderlinedTextRender() {
        assertThat(MARKDOWN.render("~~sixteen-day~~ ++two-day++ <u>each</u>").html().html())
                .contains("<del>sixteen-day</del>", "<ins>two-day</ins>", "<u>each</u>");
    }

    @Test
    void taskListsRenderAsDisabledCheckboxes() {
        var items = html("- [x] Survey reviewed\n- [ ] Vignette agreed\n").select("li.task-list-item");

        assertThat(items).extracting(Element::text).containsExactly("Survey reviewed", "Vignette agreed");
        assertThat(items.get(0).selectFirst("input[type=checkbox][disabled][checked]")).isNotNull();
        assertThat(items.get(1).selectFirst("input[type=checkbox][disabled]:not([checked])")).isNotNull();
    }

    @Test
    void footnoteLinksAndBackLinksPointAtEachOther() {
        var document = html("Median time was 25 minutes.[^survey]\n\n[^survey]: Society survey, 2025.\n");
        var reference = document.selectFirst("sup a.footnote-ref");
        var backLink = document.selectFirst("div.footnotes a.footnote-backref");

        assertThat(reference).isNotNull();
        assertThat(backLink).isNotNull();
        var footnote = document.getElementById(reference.attr("href").substring(1));
        assertThat(footnote).isNotNull();
        assertThat(footnote.text()).contains("Society survey, 2025.");
        assertThat(document.getElementById(backLink.attr("href").substring(1))).isEqualTo(reference.parent());
    }

    @Test
    void headingsGetPrefixedIdsWithAnchorLinksAndAreListedForATableOfContents() {
        var rendered = MARKDOWN.render("# Rationale\n\n## Clinical *vignette*\n\n## Rationale\n\n<h3>By hand</h3>\n");
        var document = Jsoup.parseBodyFragment(rendered.html().html());

        assertThat(rendered.headings()).containsExactly(new Heading(1, "Rationale", "md-rationale"),
                new Heading(2, "Clinical vignette", "md-clinical-vignette"),
                new Heading(2, "Rationale", "md-rationale-1"),
                new Heading(3, "By hand", "md-section-4"));
        for (Heading heading : rendered.headings()) {
            var element = document.getElementById(heading.anchor());
            assertThat(element).isNotNull();
            assertThat(element.normalName()).isEqualTo("h" + heading.level());
        }
        assertThat(document.select("a.anchor")).extracting(anchor -> anchor.attr("href"))
                .containsExactly("#md-rationale", "#md-clinical-vignette", "#md-rationale-1");
    }

    @Test
    void inPageLinksFollowThePrefixedIds() {
        var document = html("# Description of service\n\nSee [the description](#description-of-service).\n");

        String target = document.selectFirst("p a").attr("href").substring(1);
        assertThat(document.getElementById(target)).isNotNull();
    }

    @Test
    void bareWebAndEmailAddressesBecomeLinks() {
        assertThat(html("See www.cms.gov, https://www.ama-assn.org/cpt and secretariat@example.org.").select("a"))
                .extracting(link -> link.attr("href"))
                .containsExactly("http://www.cms.gov", "https://www.ama-assn.org/cpt", "mailto:secretariat@example.org");
    }

    @Test
    void blockElementsCarryTheirRangeInTheMarkdownSource() {
        String source = """
                # Rationale

                The service is *new*.

                - first item
                - second item

                > Quoted comment

                | a | b |
                |---|---|
                | c | d |

                ```
                code
                ```
                """;
        var positioned = html(source).select("[data-source-pos]");

        assertThat(positioned).extracting(Element::normalName)
                .contains("h1", "p", "ul", "li", "blockquote", "table", "tr", "td", "pre");
        assertThat(positioned).extracting(element -> slice(source, element))
                .contains("# Rationale", "The service is *new*.", "- first item", "> Quoted comment", "| c | d |");
        assertThat(html(source).select("em[data-source-pos]")).isEmpty();
    }

    private static String slice(String source, Element element) {
        String[] range = element.attr("data-source-pos").split("-");
        return source.substring(Integer.parseInt(range[0]), Integer.parseInt(range[1]));
    }

    private static Document html(String markdown) {
        return Jsoup.parseBodyFragment(MARKDOWN.render(markdown).html().html());
    }
}
