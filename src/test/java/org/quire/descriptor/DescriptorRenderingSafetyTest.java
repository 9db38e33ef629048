package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** No text of a set can become markup: every payload comes out as the text it was typed as. */
class DescriptorRenderingSafetyTest {

    private static final List<String> PAYLOADS = List.of("<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "' onmouseover='alert(1)",
            "<a href=\"javascript:alert(1)\">x</a>", "</span></li></ul><iframe src=//evil>",
            "&lt;script&gt;alert(1)&lt;/script&gt;", "<!-- x --><style>*{display:none}</style>");

    private static final Set<String> TAGS = Set.of("div", "section", "h3", "ul", "li", "span", "details", "summary",
            "p", "del", "ins", "a", "table", "caption", "thead", "tbody", "tr", "th", "td");

    @Test
    void payloadsInTextsNotesCodesAndFamilyNamesStayText() {
        var descriptors = new java.util.ArrayList<Descriptor>();
        var parent = Sets.fresh("<b>9X</b>", "Visit; " + PAYLOADS.getFirst()).withNotes(PAYLOADS);
        descriptors.add(parent);
        for (int i = 0; i < PAYLOADS.size(); i++) {
            var payload = PAYLOADS.get(i);
            descriptors.add(Sets.childOf(parent, "\"><i>" + i, payload).withFlags(Set.of(DescriptorFlag.ADD_ON)));
            descriptors.add(Sets.revised("<s>" + i, "Visit " + payload, payload + " visit").withNotes(List.of(payload)));
            descriptors.add(Sets.deleted("'" + i, payload, payload));
        }
        var set = Sets.families(CodeFamily.of("<script>alert('family')</script>", descriptors));

        var html = DescriptorRendering.render(set).html();
        var body = Jsoup.parseBodyFragment(html).body();

        assertThat(body.getAllElements()).allSatisfy(element -> {
            assertThat(element == body || TAGS.contains(element.tagName())).as(element.tagName()).isTrue();
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).isIn("class", "id", "title", "href", "aria-hidden", "aria-label",
                        "aria-labelledby", "scope", "data-code", "data-descriptor-id");
            }
        });
        assertThat(body.select("a")).allSatisfy(link -> assertThat(link.attr("href")).startsWith("#cpt-d-"));
        assertThat(body.selectFirst("h3").text()).isEqualTo("<script>alert('family')</script>");
        assertThat(body.select(".cpt-note").eachText()).contains("(<img src=x onerror=alert(1)>)",
                "(&lt;script&gt;alert(1)&lt;/script&gt;)");
        assertThat(body.select(".cpt-code").eachText()).contains("<b>9X</b>", "\"><i>0", "<s>1", "'2");
        assertThat(body.select("[data-code]").eachAttr("data-code")).contains("\"><i>0");
        assertThat(html).doesNotContain("<script", "<img", "<svg", "<iframe", "<style", "<!--", "<b>", "<i>");
    }

    @Test
    void theSameHoldsForTheSummaryTableAndTheDescriptorsAlone() {
        var set = Sets.of(Sets.fresh("<b>1</b>", PAYLOADS.get(1)));

        for (var html : List.of(DescriptorRendering.summary(set).html(), DescriptorRendering.descriptors(set).html())) {
            var body = Jsoup.parseBodyFragment(html).body();
            assertThat(body.select("img, b, script")).isEmpty();
            assertThat(body.text()).contains("<img src=x onerror=alert(1)>");
            assertThat(body.getAllElements()).extracting(Element::tagName).allMatch(tag -> tag.equals("body")
                    || TAGS.contains(tag));
        }
    }
}
