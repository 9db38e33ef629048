package org.quire.markdown;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.quire.shared.InputRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The features Quire's Markdown offers, its limits, and its cache and executor. */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersTheExtensionsProposalsUse() {
        var html = renderer.render("""
                # Introductory language

                | Code | Descriptor |
                |------|------------|
                | 9X0X1 | Remote review |

                ~~old words~~ ++new words++ and https://example.org

                - [x] checked item

                A claim.[^1]

                [^1]: A reference.
                """).html().html();
        assertThat(html).contains("<table", "<del>old words</del>", "<ins>new words</ins>",
                "href=\"https://example.org\"", "type=\"checkbox\"", "A reference.");
    }

    @Test
    void headingsFormTheTableOfContentsWithAnchorsThatExistInTheHtml() {
        var rendered = renderer.render("# Rationale\n\nText.\n\n## Clinical vignette\n");
        assertThat(rendered.headings()).extracting(Heading::text).containsExactly("Rationale", "Clinical vignette");
        for (var heading : rendered.headings()) {
            assertThat(rendered.html().html()).contains("id=\"" + heading.anchor() + "\"");
        }
    }

    @Test
    void blocksCarryTheirSourcePositions() {
        var markdown = "First paragraph.\n\nSecond paragraph.\n";
        var html = renderer.render(markdown).html().html();
        assertThat(html).contains("data-source-pos");
    }

    @Test
    void textOverTheSizeLimitIsRefusedWithAMessage() {
        assertThatThrownBy(() -> renderer.render("a".repeat(MarkdownRenderer.MAX_BYTES + 1)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("KB");
    }

    @Test
    void pathologicalShapesAreRefusedOrRenderedNeverLeftToRunAway() {
        var shapes = new String[] {"[ (](".repeat(20_000), "`".repeat(100_000), "> ".repeat(5_000) + "x",
                "- ".repeat(5_000) + "x", "*a **b ".repeat(20_000), "[".repeat(50_000) + "]".repeat(50_000)};
        for (var shape : shapes) {
            try {
                assertThat(renderer.render(shape).html().html()).isNotNull();
            } catch (InputRejected refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void theSameTextIsRenderedOnceAndAsyncRenderingCompletes() throws Exception {
        var text = "Cached *once*.";
        assertThat(renderer.render(text)).isSameAs(renderer.render(text));
        assertThat(renderer.renderAsync("Rendered **off** the caller's thread.").get(10, TimeUnit.SECONDS)
                .html().html()).contains("<strong>off</strong>");
    }
}
