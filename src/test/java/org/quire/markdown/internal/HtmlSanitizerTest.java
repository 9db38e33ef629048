package org.quire.markdown.internal;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-place sanitizer removes everything jsoup's copying Cleaner removed with the same allow-list
 * (the sanitizer Quire used before), and keeps nothing else: checked on hostile HTML written by hand
 * and on thousands of generated documents.
 */
class HtmlSanitizerTest {

    static final List<String> HOSTILE = HostileHtml.WRITTEN_BY_HAND;

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void removesWhatJsoupsCleanerRemovedWithTheSameAllowList(String html) {
        assertThat(sanitized(html)).isEqualTo(cleanedByJsoup(html));
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void leavesOnlyAllowedElementsAttributesAndText(String html) {
        assertOnlyAllowed(sanitizer.sanitize(sanitizer.parse(html)).body());
    }

    @Test
    void generatedDocumentsComeOutAsFromJsoupsCleaner() {
        var random = new Random(20_260_101L);
        for (int i = 0; i < 3_000; i++) {
            String html = HostileHtml.generated(random);

            assertThat(sanitized(html)).as(html).isEqualTo(cleanedByJsoup(html));
            assertOnlyAllowed(sanitizer.sanitize(sanitizer.parse(html)).body());
        }
    }

    @Test
    void nestedDisallowedElementsLeaveTheirAllowedContent() {
        assertThat(sanitized("<foo><bar><b>bold</b> text</bar></foo><custom-tag><em>e</em></custom-tag>"))
                .isEqualTo("<b>bold</b> text<em>e</em>");
    }

    @Test
    void scriptStyleSvgMathAndTheirLikeGoWithTheirContent() {
        assertThat(sanitized("a<script>s()</script><style>p{}</style><svg><text>t</text></svg><math><mi>m</mi></math>"
                + "<template><p>t</p></template><iframe>f</iframe><object><p>o</p></object>b")).isEqualTo("ab");
    }

    @Test
    void commentsGoWherever() {
        assertThat(sanitized("<!-- top --><p>a<!-- in p -->b<em><!-- in em -->c</em></p><foo><!-- in foo --></foo>"))
                .isEqualTo("<p>ab<em>c</em></p>");
    }

    @Test
    void disallowedAttributesGoFromAllowedElementsEventHandlersInAnyCase() {
        assertThat(sanitized("<p OnClick=\"a()\" ONMOUSEOVER=\"b()\" onFocus=c style=\"x\" title=t name=n>p</p>"
                + "<a href=\"https://example.org\" target=_blank oNcLiCk=d>a</a><img src=\"/a.png\" onerror=e alt=i>"))
                .isEqualTo("<p>p</p><a href=\"https://example.org\" rel=\"nofollow noopener noreferrer\">a</a>"
                        + "<img src=\"/a.png\" alt=\"i\">");
    }

    @Test
    void baseFormAndStyleLeaveNothingActive() {
        assertThat(sanitized("<base href=\"https://evil.example/\"><style>p{}</style><form action=x method=post>"
                + "<input name=q type=text value=v><button>go</button></form>"))
                .isEqualTo("<input type=\"checkbox\" disabled>go");
    }

    @Test
    void characterDataIsWrittenAsTextNeverAsMarkup() {
        String html = sanitized("<p><![CDATA[<img src=x onerror=alert(1)>]]></p>");

        assertThat(Jsoup.parseBodyFragment(html).select("img")).isEmpty();
    }

    @Test
    void sourcePositionsUnderFlexmarksShortNameLeaveUnderTheirOwnAfterTheSameCheck() {
        assertThat(sanitized("<p qsp=\"3-14\" title=t>a</p><p qsp=\"x\">b</p>"
                + "<p qsp=\"1-2\" data-source-pos=\"5-6\">c</p>"))
                .isEqualTo("<p data-source-pos=\"3-14\">a</p><p>b</p><p data-source-pos=\"5-6\">c</p>");
    }

    @Test
    void headingsAreListedInDocumentOrderAtAnyDepth() {
        var sanitized = sanitizer.sanitize(sanitizer.parse(
                "<h2>one</h2><div><foo><h3>two</h3></foo><blockquote><h1>three</h1></blockquote></div><h6>four</h6>"));

        assertThat(sanitized.headings()).extracting(Element::text).containsExactly("one", "two", "three", "four");
    }

    private String sanitized(String html) {
        return sanitizer.sanitize(sanitizer.parse(html)).body().html();
    }

    /** The sanitizer Quire had before: elements removed with their content, then jsoup's Cleaner. */
    private static String cleanedByJsoup(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        dirty.body().select(String.join(", ", HtmlSanitizer.REMOVED_WITH_CONTENT)).remove();
        Document clean = new Cleaner(new AsJsoupSafelist()).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** The same allow-list in jsoup's form, for its Cleaner. */
    private static final class AsJsoupSafelist extends Safelist {

        private final MarkdownSafelist rules = new MarkdownSafelist();

        @Override
        public boolean isSafeTag(String tag) {
            return rules.isSafeTag(tag);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            return rules.isSafeAttribute(tagName, attribute);
        }

        @Override
        public Attributes getEnforcedAttributes(String tagName) {
            return rules.enforcedAttributes(tagName).clone();
        }
    }

    private static void assertOnlyAllowed(Element body) {
        var rules = new MarkdownSafelist();
        body.getAllElements().stream().filter(element -> element != body).forEach(element -> {
            assertThat(rules.isSafeTag(element.normalName())).as(element.normalName()).isTrue();
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).doesNotStartWith("on").isNotIn("style", "srcdoc", "formaction", "name", "target");
                boolean enforced = rules.enforcedAttributes(element.normalName()).hasKey(attribute.getKey());
                if (!enforced) { // checked on a copy: the check may rewrite the value
                    var copy = new Attribute(attribute.getKey(), attribute.getValue());
                    assertThat(rules.isSafeAttribute(element.normalName(), copy)).as(attribute.html()).isTrue();
                }
            }
        });
        assertNoOtherNodes(body);
    }

    private static void assertNoOtherNodes(Element element) {
        for (Node child : element.childNodes()) {
            assertThat(child).isNotInstanceOfAny(Comment.class, DataNode.class);
            assertThat(child instanceof Element || child instanceof TextNode).as(child.nodeName()).isTrue();
            if (child instanceof Element nested) {
                assertNoOtherNodes(nested);
            }
        }
    }
}
