package org.quire.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * HTML written to get past a sanitizer: script, frames, forms, SVG and MathML, event handlers in any
 * case, script-capable URLs however written, comments and character data, unknown and misnested
 * tags. By hand, and generated at random from the same pieces.
 */
final class HostileHtml {

    static final List<String> WRITTEN_BY_HAND = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=x OnErRoR=alert(1) oNlOaD=alert(2)>",
            "<img src=\"javascript:alert(1)\"><img srcset=\"javascript:alert(1) 1x\">",
            "<a href=\"JAVASCRIPT:alert(1)\">x</a><a href=\"&#x6A;avascript&#x3A;alert(1)\">y</a>",
            "<a href=\"java\nscript:alert(1)\">x</a><a href=\" javascript:alert(1)\">y</a>",
            "<a href=\"https://example.org\" onmouseover=\"alert(1)\" target=_blank name=n>x</a>",
            "<a href=\"#rationale\" id=\"location\">in page</a><a href=\"#\">top</a>",
            "<iframe src=\"https://evil.example\"></iframe><iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<svg onload=alert(1)><script>alert(2)</script><a xlink:href=\"javascript:x\"><text>t</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<math><mi>x</mi></math><p>after math</p>",
            "<object data=\"javascript:alert(1)\"><param name=a value=b></object><embed src=x><applet>a</applet>",
            "<form action=\"javascript:alert(1)\"><p>inside</p><input name=x><button formaction=y>b</button></form>",
            "<input onfocus=alert(1) autofocus type=text value=typed checked>",
            "<details open ontoggle=alert(1)><summary onclick=x>s</summary>d</details>",
            "<P ONCLICK=\"alert(1)\" Style=\"color:red\" ID=\"Top\" CLASS=\"anchor v-app\">x</P>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<style>body{background:red}</style><p>styled</p>",
            "<base href=\"javascript:/\"><base target=_blank><p>after base</p>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><link rel=stylesheet href=x>",
            "<textarea><script>alert(1)</script></textarea><select><option>o</option></select>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<template><script>alert(1)</script></template><xmp><b>x</b></xmp>",
            "<title>t</title><noembed>n</noembed><noframes>f</noframes><plaintext><b>p</b>",
            "<table background=\"javascript:alert(1)\"><tr><td onclick=x align=left>x</td></tr></table>",
            "<!--<script>alert(1)</script>--><p>after comment</p><!-- another -->",
            "<p>a<!-- inside -->b</p>",
            "<foo><bar><b>kept text</b></bar><baz>more</baz></foo>",
            "<x><y><z><script>alert(1)</script>deep text<!-- c --></z></y></x>",
            "<custom-element onclick=x><em>e</em></custom-element>",
            "<b><i>misnested</b></i><u>u</u>",
            "<p><![CDATA[<script>alert(1)</script>]]></p>",
            "<svg><![CDATA[<img src=x onerror=alert(1)>]]></svg>",
            "<html><head><script>x</script></head><body onload=alert(1)><p>body</p></body></html>",
            "<frameset><frame src=x></frameset>",
            "<video src=x poster=y><source src=z></video><audio src=a controls></audio>",
            "<marquee onstart=x>m</marquee><blink>b</blink><dialog open>d</dialog>",
            "<div data-source-pos=\"1-2\">a</div><div data-source-pos=\"x-1\">b</div>"
                    + "<div data-source-pos=\"1-2-3\">c</div>",
            "<span class=\"language-java footnotes evil\">s</span>"
                    + "<code class=\"language-" + "x".repeat(60) + "\">c</code>",
            "<h2 id=\"  \">blank id</h2><h3 id=\"a b\">spaced id</h3><h4 id=\"ok\">fine</h4>",
            "<ol start=3 type=a reversed><li value=2>x</li></ol><th align=left colspan=2 scope=col>h</th>",
            "<scr<script>ipt>alert(1)</script>",
            "<x></x>".repeat(300) + "<p>end</p>",
            "<div>".repeat(80) + "deep" + "</div>".repeat(80),
            "<a href=\"https://example.org\" title>no value</a><img alt src=\"/a.png\"><details open>d</details>");

    private static final List<String> TAGS = List.of("p", "a", "b", "em", "div", "span", "img", "input", "table",
            "tr", "td", "h2", "ul", "li", "pre", "code", "details", "foo", "custom-el", "form", "button", "base",
            "script", "style", "svg", "math", "iframe", "template", "textarea", "title", "noscript", "select", "object",
            "xmp", "frame", "link", "meta", "video", "P", "SCRIPT", "Svg");
    private static final List<String> ATTRIBUTES = List.of("href=\"https://example.org\"", "href=\"javascript:x\"",
            "href=\"#part\"", "HREF=\"JaVaScRiPt:x\"", "src=\"/a.png\"", "src=\"data:x\"", "onclick=\"x\"",
            "OnErRoR=\"x\"", "onmouseover=y", "style=\"color:red\"", "id=\"top\"", "id=\"a b\"", "class=\"anchor\"",
            "class=\"evil anchor\"", "data-source-pos=\"1-20\"", "data-source-pos=\"x\"", "title=\"t\"", "name=\"n\"",
            "target=\"_blank\"", "type=\"text\"", "checked", "align=\"left\"", "open", "rel=\"opener\"",
            "srcdoc=\"<script>x</script>\"", "formaction=\"x\"", "xlink:href=\"javascript:x\"", "title", "alt",
            "title=\"a &amp; 'b' \u00A0<c>\"", "alt='\"q\"'", "checked=\"CHECKED\"", "open=\"\"");
    private static final List<String> OTHERS = List.of("text", " ", "&amp;", "&lt;b&gt;", "<!-- c -->", "<![CDATA[x]]>",
            "</p>", "</div>", "</b>", "<br>", "<hr>", "\n", "▶", "\"q\"");

    /** Tags, attributes, text, comments and character data, nested and misnested at random. */
    static String generated(Random random) {
        var html = new StringBuilder();
        var open = new ArrayList<String>();
        for (int part = random.nextInt(30); part >= 0; part--) {
            int choice = random.nextInt(10);
            if (choice < 4) {
                String tag = TAGS.get(random.nextInt(TAGS.size()));
                html.append('<').append(tag);
                Stream.generate(() -> ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size()))).limit(random.nextInt(4))
                        .forEach(attribute -> html.append(' ').append(attribute));
                html.append('>');
                open.add(tag);
            } else if (choice < 6 && !open.isEmpty()) {
                html.append("</").append(open.removeLast()).append('>');
            } else {
                html.append(OTHERS.get(random.nextInt(OTHERS.size())));
            }
        }
        return html.toString();
    }

    private HostileHtml() {
    }
}
