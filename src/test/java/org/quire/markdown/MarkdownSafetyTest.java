package org.quire.markdown;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** No input, Markdown or raw HTML, can make the rendered output run script or load active content. */
class MarkdownSafetyTest {

    private static final Pattern DANGEROUS_URL = Pattern.compile("^\\s*(javascript|vbscript|data|file):",
            Pattern.CASE_INSENSITIVE);

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](java&#115;cript:alert(1))",
            "[click](&#x6A;avascript:alert(1))",
            "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1))",
            "[click](java\tscript:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[click](vbscript:msgbox(1))",
            "[click][ref]\n\n[ref]: javascript:alert(1)",
            "![img](javascript:alert(1))",
            "![img](data:image/svg+xml;base64,PHN2Zy8+)",
            "<javascript:alert(1)>",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JAVASCRIPT:alert(1)\">x</a>",
            "<iframe src=\"https://example.com\"></iframe>",
            "<svg onload=alert(1)>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<div onclick=\"alert(1)\">x</div>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "**bold <script>alert(1)</script>**",
            "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
            "[^1]\n\n[^1]: <script>alert(1)</script>",
            "- [ ] <button onclick=alert(1)>x</button>",
            "# Heading <script>alert(1)</script>",
            "<form action=\"https://evil.example\"><input name=x></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">"})
    void noInputRendersToAnythingThatCanRunScript(String markdown) {
        var html = renderer.render(markdown).html().html();
        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("script, iframe, object, embed, svg, math, style, form, input[type!=checkbox], "
                + "button, meta, base, link")).as(html).isEmpty();
        body.getAllElements().forEach(element -> element.attributes().forEach(attribute -> {
            assertThat(attribute.getKey()).as(html).doesNotStartWith("on").isNotEqualTo("style")
                    .isNotEqualTo("srcdoc").isNotEqualTo("formaction");
            if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                assertThat(DANGEROUS_URL.matcher(attribute.getValue()).find()).as(html).isFalse();
            }
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/page", "http://example.org", "mailto:staff@example.org",
            "#rationale"})
    void safeLinksSurvive(String url) {
        var html = renderer.render("[a link](" + url + ")").html().html();
        var link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertThat(link).as(html).isNotNull();
        assertThat(link.attr("href")).endsWith(url.startsWith("#") ? url.substring(1) : url);
    }
}
