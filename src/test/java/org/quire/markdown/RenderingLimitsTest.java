package org.quire.markdown;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quire.markdown.internal.PathologicalInputGuard;
import org.quire.shared.InputRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The stated size limit, and inputs shaped to make the parser slow, deep or huge: each is refused
 * before parsing with a message that says what to change, or rendered. How long they take is the
 * render benchmark's business, not a unit test's.
 */
class RenderingLimitsTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final PathologicalInputGuard GUARD = new PathologicalInputGuard(MarkdownRenderer.MAX_BYTES);

    static final List<PathologicalMarkdown.Shape> SHAPES = PathologicalMarkdown.SHAPES;

    @AfterAll
    static void stopRendering() {
        MARKDOWN.stopRendering();
    }

    @Test
    void aSectionOverTheSizeLimitIsRefusedWithAMessageSayingWhatToDo() {
        String tooLong = "a".repeat(MarkdownRenderer.MAX_BYTES + 1);

        assertThatThrownBy(() -> MARKDOWN.render(tooLong)).isInstanceOf(InputRejected.class)
                .hasMessage("This section is 513 KB; Quire renders sections of at most 512 KB. Split it into "
                        + "smaller sections.");
    }

    @Test
    void theSizeLimitCountsUtf8BytesNotCharacters() {
        String accepted = "é".repeat(MarkdownRenderer.MAX_BYTES / 2);
        String refused = accepted + "é";

        assertThat(MARKDOWN.render(accepted).html().html()).startsWith("<p");
        assertThatThrownBy(() -> MARKDOWN.render(refused)).isInstanceOf(InputRejected.class);
    }

    @Test
    void aRealisticProposalCloseToTheSizeLimitRenders() {
        String proposal = SampleProposal.ofAbout(480 * 1024);
        assertThat(proposal.getBytes(StandardCharsets.UTF_8).length).isBetween(480 * 1024, MarkdownRenderer.MAX_BYTES);

        var rendered = MARKDOWN.render(proposal);

        assertThat(rendered.headings()).hasSizeGreaterThan(300);
        assertThat(rendered.html().html()).contains("<table", "<del>", "<u>", "class=\"footnotes\"");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SHAPES")
    void eachPathologicalShapeAtTheSizeLimitIsRefusedWithAMessageOrRendered(PathologicalMarkdown.Shape shape) {
        String input = shape.atMost(MarkdownRenderer.MAX_BYTES);

        var refusal = catchThrowableOfType(InputRejected.class, () -> MARKDOWN.render(input));

        if (refusal != null) {
            assertThat(refusal.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem)
                    .containsAnyOf("Quire renders", "Close", "Add spaces", "Shorten", "Split", "escape"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SHAPES")
    void theLargestPartOfEachShapeTheGuardLetsThroughRenders(PathologicalMarkdown.Shape shape) {
        String accepted = shape.atMost(largestAcceptedLength(shape, 64 * 1024));

        assertThat(MARKDOWN.render(accepted).html().html()).isNotNull();
    }

    static Stream<Arguments> shapesAndTheirMessages() {
        return Stream.of(
                Arguments.of(">".repeat(40) + " a", "Line 1 nests lists or block quotes 40 levels deep; Quire renders "
                        + "at most 32. Flatten the nesting."),
                Arguments.of("a\n\n" + " ".repeat(130) + "b", "Line 3 is indented by 130 columns; Quire renders at "
                        + "most 128. Remove some indentation."),
                Arguments.of("a\n\nb " + "[".repeat(33), "The paragraph starting on line 3 nests square brackets "
                        + "more than 32 deep. Close them, or escape the ones meant as text (\\[)."),
                Arguments.of("*a ".repeat(65), "The paragraph starting on line 1 opens emphasis (* _ ~ +) more than "
                        + "64 deep without closing it. Close it, or escape the characters meant as text (\\*)."),
                Arguments.of("<div>".repeat(65), "Raw HTML tags are nested more than 64 deep by line 1. Close the "
                        + "tags."),
                Arguments.of("a " + "`".repeat(33) + " b", "Line 1 has a run of 33 backticks; Quire renders runs of "
                        + "at most 32."),
                Arguments.of("a\n" + "-".repeat(1001), "Line 2 is 1,001 symbols (such as ---, *** or |---|) without "
                        + "text; Quire renders such lines up to 1,000 characters. Shorten it."),
                Arguments.of("[a](b (" + "c".repeat(600), "Line 1 has a link whose title (starting with () runs on "
                        + "for more than 500 characters. Close it, or escape the character meant as text with a "
                        + "backslash."),
                Arguments.of("https://example.org " + "a.".repeat(1500), "Line 1 has long runs of letters with dots "
                        + "or hyphens and no spaces (like a.b.c.d…) near web or e-mail addresses; finding the links "
                        + "in them takes too long. Add spaces."),
                Arguments.of("> a\n".repeat(1001), "The paragraph starting on line 1 has more than 1,000 indented or "
                        + "quoted lines in a row; Quire renders at most 1,000. Put blank lines between its "
                        + "paragraphs."),
                Arguments.of("*a* ".repeat(20_000), "This section has too much structure to render: it counts 40,001 "
                        + "lines and markup characters (such as * _ ` [ ] | # > <), and Quire renders at most 32,000. "
                        + "Split it into smaller sections."));
    }

    @ParameterizedTest
    @MethodSource("shapesAndTheirMessages")
    void eachLimitExplainsItselfWithWhereAndWhatToChange(String markdown, String message) {
        assertThatThrownBy(() -> GUARD.check(markdown)).isInstanceOf(InputRejected.class).hasMessage(message);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var refusal = catchThrowableOfType(InputRejected.class,
                () -> GUARD.check(">".repeat(40) + " a\n\n" + "`".repeat(40)));

        assertThat(refusal.problems()).hasSize(2);
    }

    @Test
    void theDeepestNestingTheGuardAcceptsRendersOnADefaultSizedStack() throws InterruptedException {
        String deepest = String.join("\n\n", ">".repeat(32) + " quote", "- ".repeat(32) + "item",
                nestedByIndentation(64), "[".repeat(32) + "a" + "]".repeat(32), "*".repeat(32) + "a" + "*".repeat(32),
                "<div>".repeat(64) + "a" + "</div>".repeat(64), "[a](b (" + "c".repeat(490) + ")",
                "-".repeat(1000));
        GUARD.check(deepest);
        var failure = new AtomicReference<Throwable>();

        var thread = new Thread(null, () -> {
            try {
                MARKDOWN.render(deepest);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "default-stack", 1024 * 1024);
        thread.start();
        thread.join();

        assertThat(failure.get()).isNull();
    }

    private static String nestedByIndentation(int levels) {
        var text = new StringBuilder();
        for (int level = 0; level < levels; level++) {
            text.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        return text.toString();
    }

    /** Binary search on the guard alone: the longest prefix of the shape, up to {@code at most}, it accepts. */
    private static int largestAcceptedLength(PathologicalMarkdown.Shape shape, int atMost) {
        int accepted = 0;
        int refused = atMost + 1;
        while (refused - accepted > 1) {
            int length = (accepted + refused) >>> 1;
            try {
                GUARD.check(shape.atMost(length));
                accepted = length;
            } catch (InputRejected tooMuch) {
                refused = length;
            }
        }
        return accepted;
    }
}
