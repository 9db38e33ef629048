package org.quire.markdown;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Inputs shaped to make a Markdown parser slow, deep or huge: the known quadratic cases of
 * CommonMark parsers (cmark's pathological tests, STACK.md's measurements) and the ones found
 * while measuring flexmark here. Shared by the limit tests and the render benchmark.
 */
public final class PathologicalMarkdown {

    /** One shape; {@link #atMost} builds it as long as fits in the given number of (ASCII) bytes. */
    public record Shape(String name, IntFunction<String> ofLength) {

        public String atMost(int bytes) {
            String text = ofLength.apply(Math.max(bytes, 64));
            return text.length() <= bytes ? text : text.substring(0, bytes);
        }
    }

    public static final List<Shape> SHAPES = List.of(
            new Shape("repeated [ (](", n -> repeat("[ (](", n)),
            new Shape("unclosed link destinations [a](<b", n -> repeat("[a](<b", n)),
            new Shape("unclosed link titles [a](b \"c", n -> repeat("[a](b \"c ", n)),
            new Shape("unclosed link titles [a](b (c", n -> repeat("[a](b (c ", n)),
            new Shape("one long backtick run", n -> "a" + "`".repeat(n - 2) + "b"),
            new Shape("backtick runs of growing length", PathologicalMarkdown::growingBacktickRuns),
            new Shape("alternating backtick runs", n -> repeat("`a``", n)),
            new Shape("nested block quotes", n -> ">".repeat(n - 2) + " a"),
            new Shape("nested bullet lists on one line", n -> repeat("* ", n - 1) + "a"),
            new Shape("nested ordered lists on one line", n -> repeat("1. ", n - 1) + "a"),
            new Shape("nested lists by indentation", PathologicalMarkdown::indentedLists),
            new Shape("block quotes and lists interleaved", n -> repeat("> - ", n - 1) + "a"),
            new Shape("nested brackets", n -> "[".repeat(n / 2 - 1) + "a" + "]".repeat(n / 2 - 1)),
            new Shape("nested images in links", n -> "![".repeat(n / 6) + "a" + "](b)".repeat(n / 6)),
            new Shape("nested emphasis runs", n -> "*".repeat(n / 2 - 1) + "a" + "*".repeat(n / 2 - 1)),
            new Shape("nested emphasis words", n -> repeat("*a **b ", n / 2) + repeat("c** d* ", n / 2)),
            new Shape("unclosed emphasis openers", n -> repeat("_a ", n)),
            new Shape("unmatched emphasis closers", n -> repeat("a_ ", n)),
            new Shape("mismatched emphasis", n -> repeat("*a_ ", n)),
            new Shape("unclosed link openers", n -> repeat("[a", n)),
            new Shape("link openers and emphasis closers", n -> repeat("[ a_", n)),
            new Shape("dotted run for the autolinker", n -> "http://" + repeat("a.", n - 7)),
            new Shape("repeated www. for the autolinker", n -> repeat("www.", n)),
            new Shape("backslash escapes", n -> repeat("\\\\", n)),
            new Shape("long thematic break", n -> "*".repeat(n)),
            new Shape("long setext underline", n -> "a\n" + "=".repeat(n - 2)),
            new Shape("unclosed HTML comments", n -> repeat("</ <!-- ", n)),
            new Shape("deeply nested raw HTML", n -> repeat("<div>", n)),
            new Shape("deeply nested raw formatting tags", n -> repeat("<b><i>", n)),
            new Shape("many headings", n -> repeat("# a\n", n)),
            new Shape("many footnote references", n -> repeat("[^a]", n - 20) + "\n\n[^a]: b\n"),
            new Shape("many task list items", n -> repeat("- [ ] a\n", n)),
            new Shape("many table cells in one row", PathologicalMarkdown::wideTable),
            new Shape("many table rows", n -> "| a | b |\n|---|---|\n" + repeat("| c | d |\n", n - 20)),
            new Shape("many lines in one block quote", n -> repeat("> a\n", n)),
            new Shape("many emphasis spans", n -> repeat("*a* ", n)),
            new Shape("many reference links", PathologicalMarkdown::referenceLinks));

    private PathologicalMarkdown() {
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    private static String growingBacktickRuns(int length) {
        var text = new StringBuilder(length);
        for (int run = 1; text.length() + run + 1 <= length; run++) {
            text.append('e').append("`".repeat(run));
        }
        return text.toString();
    }

    private static String indentedLists(int length) {
        var text = new StringBuilder(length);
        for (int depth = 0; text.length() + 2 * depth + 4 <= length; depth++) {
            text.append("  ".repeat(depth)).append("- a\n");
        }
        return text.toString();
    }

    private static String wideTable(int length) {
        int columns = length / 12;
        return "|a".repeat(columns) + "|\n" + "|---".repeat(columns) + "|\n" + "|b".repeat(columns) + "|\n";
    }

    private static String referenceLinks(int length) {
        var text = new StringBuilder(length);
        for (int i = 0; text.length() < length / 2; i++) {
            text.append("[r").append(i).append("]: /u").append(i).append('\n');
        }
        text.append('\n');
        while (text.length() + 5 <= length) {
            text.append("[r1] ");
        }
        return text.toString();
    }
}
