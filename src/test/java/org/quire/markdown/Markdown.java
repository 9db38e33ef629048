package org.quire.markdown;

/** Quire's renderer for tests outside this package, built as the application builds it. */
public final class Markdown {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private Markdown() {
    }

    public static String html(String markdown) {
        return RENDERER.render(markdown).html().html();
    }
}
