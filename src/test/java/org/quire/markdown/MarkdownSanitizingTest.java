package org.quire.markdown;

import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown can never produce HTML that runs script, whatever its links or raw HTML say. */
class MarkdownSanitizingTest {

    private static final Set<String> SCRIPT_CAPABLE_ELEMENTS = Set.of("script", "iframe", "frame", "frameset",
            "object", "embed", "applet", "svg", "math", "style", "link", "meta", "base", "form", "template",
            "noscript", "textarea", "select", "button");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction", "data",
            "poster", "background", "xlink:href", "cite", "longdesc");

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @AfterAll
    static void stopRendering() {
        MARKDOWN.stopRendering();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java&#115;cript:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1))",
        "[x](java&#9;script:alert(1))",
        "[x](java&#10;script:alert(1))",
        "[x](java&Tab;script:alert(1))",
        "[x](java&NewLine;script:alert(1))",
        "[x](&#0;javascript:alert(1))",
        "[x](%20javascript:alert(1))",
        "[x](javascript%3Aalert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](java\\script:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](vbscript:msgbox(1))",
        "[x](VBScript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "[x](file:///etc/passwd)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](vbscript:msgbox(1))",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[x][r]\n\n[r]: <JAVASCRIPT:alert(1)>",
        "![x][r]\n\n[r]: data:text/html,x",
        "<javascript:alert(1)>",
        "<JavaScript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,x>",
        "[x](javascript:alert(1) \"title\")",
    })
    void markdownLinksImagesAndAutolinksWithScriptSchemesLoseTheirTarget(String markdown) {
        String html = render(markdown);
        assertNoScriptCapableOutput(html);
        assertThat(Jsoup.parseBodyFragment(html).select("[href], [src]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "a <script>alert(1)</script> b",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=x OnErRoR=alert(1)>",
        "<img src=\"javascript:alert(1)\">",
        "<img srcset=\"javascript:alert(1) 1x\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JAVASCRIPT:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript&#x3A;alert(1)\">x</a>",
        "<a href=\"java&#x09;script:alert(1)\">x</a>",
        "<a href=\"java\nscript:alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<input onfocus=alert(1) autofocus>",
        "<details open ontoggle=alert(1)>x</details>",
        "<p onclick=\"alert(1)\">x</p>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<span style=\"position:fixed;top:0;left:0;width:100%;height:100%\">x</span>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<base href=\"javascript:/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
        "<textarea><script>alert(1)</script></textarea>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<template><script>alert(1)</script></template>",
        "<xmp><script>alert(1)</script></xmp>",
        "<a href=\"https://example.org\" onmouseover=\"alert(1)\">x</a>",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<!--<script>alert(1)</script>-->",
        "<div>\n\n*md* <img src=x onerror=alert(1)>\n\n</div>",
        "- <img src=x onerror=alert(1)>\n> <svg onload=alert(1)>",
        "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
    })
    void rawHtmlIsReducedToTheAllowList(String markdown) {
        assertNoScriptCapableOutput(render(markdown));
    }

    @Test
    void safeLinksSurvive() {
        var links = Jsoup.parseBodyFragment(render("""
                [web](https://www.ama-assn.org/practice-management/cpt) [plain](http://example.org/a?b=c#d)
                [mail](mailto:telehealth@example.org) [section](#rationale) [relative](/workgroups/telehealth)
                <https://example.org/x> www.example.org/y secretariat@example.org
                """)).select("a");

        assertThat(links).extracting(link -> link.attr("href")).containsExactly(
                "https://www.ama-assn.org/practice-management/cpt", "http://example.org/a?b=c#d",
                "mailto:telehealth@example.org", "#md-rationale", "/workgroups/telehealth", "https://example.org/x",
                "http://www.example.org/y", "mailto:secretariat@example.org");
    }

    @Test
    void safeImagesSurvive() {
        var image = Jsoup.parseBodyFragment(render("![Flow chart](https://example.org/flow.png \"Flow\")"))
                .selectFirst("img");

        assertThat(image).isNotNull();
        assertThat(image.attr("src")).isEqualTo("https://example.org/flow.png");
        assertThat(image.attr("alt")).isEqualTo("Flow chart");
    }

    @Test
    void linksThatLoseTheirTargetKeepTheirText() {
        assertThat(Jsoup.parseBodyFragment(render("[read this](javascript:alert(1))")).text()).isEqualTo("read this");
    }

    @Test
    void cptMarkupWrittenAsRawHtmlIsKept() {
        String html = render("CO<sub>2</sub> m<sup>2</sup> ~~old~~ <u>new</u> <br> <kbd>Ctrl</kbd>");

        assertThat(html).contains("<sub>2</sub>", "<sup>2</sup>", "<del>old</del>", "<u>new</u>", "<br>",
                "<kbd>Ctrl</kbd>");
    }

    @Test
    void idsAndNamesCannotClobberTheDom() {
        var body = Jsoup.parseBodyFragment(render("""
                <a id="location" name="cookie">x</a> <img name="getElementById" src="https://example.org/a.png">
                <form name="forms"><input name="submit"></form>

                # Document
                """)).body();

        assertThat(body.select("[name]")).isEmpty();
        assertThat(body.select("[id]")).extracting(Element::id).allMatch(id -> id.startsWith("md-"));
    }

    @Test
    void classesAreOnlyThePipelinesOwn() {
        var html = render("<div class=\"v-app lumo-overlay anchor\">x</div>\n\n```java\ncode\n```");

        assertThat(Jsoup.parseBodyFragment(html).select("[class]")).extracting(element -> element.attr("class"))
                .containsExactly("anchor", "language-java");
    }

    @Test
    void taskListBoxesCannotBeUsed() {
        var boxes = Jsoup.parseBodyFragment(render("- [x] done\n\n<input type=\"text\" value=\"typed\">"))
                .select("input");

        assertThat(boxes).hasSize(2).allSatisfy(box -> {
            assertThat(box.attr("type")).isEqualTo("checkbox");
            assertThat(box.hasAttr("disabled")).isTrue();
            assertThat(box.hasAttr("value")).isFalse();
        });
    }

    private static String render(String markdown) {
        return MARKDOWN.render(markdown).html().html();
    }

    static void assertNoScriptCapableOutput(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(SCRIPT_CAPABLE_ELEMENTS).as("element in %s", html).doesNotContain(element.normalName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in %s", html).doesNotStartWith("on").isNotEqualTo("style");
                if (URL_ATTRIBUTES.contains(name)) {
                    String url = attribute.getValue().replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
                    assertThat(url).as("%s in %s", name, html)
                            .doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:").doesNotStartWith("file:");
                }
            }
        }
    }
}
