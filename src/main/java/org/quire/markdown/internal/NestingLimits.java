package org.quire.markdown.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Bounds how deep Markdown can nest, before parsing. flexmark parses and renders nested blocks,
 * links and emphasis recursively, so deep nesting overflows the stack (or, by indentation, takes
 * seconds); jsoup and browsers cope no better with a DOM thousands of levels deep. Counted per line
 * (quote and list markers, indentation), per paragraph (brackets, emphasis) and over the whole text
 * (raw HTML tags). Generous for writing: proposals rarely nest deeper than five.
 */
final class NestingLimits implements InputCheck {

    static final int MAX_CONTAINERS = 32;
    static final int MAX_INDENT_COLUMNS = 128;
    static final int MAX_BRACKETS = 32;
    static final int MAX_EMPHASIS = 64;
    static final int MAX_HTML_TAGS = 64;

    /** Tags that never hold others, or that the HTML parser closes at their next sibling. */
    private static final Set<String> NON_NESTING_TAGS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th",
            "option");

    private int paragraphLine = 1;
    private int brackets;
    private int emphasis;
    private int htmlTags;
    private Optional<String> problem = Optional.empty();

    @Override
    public void read(MarkdownLines line) {
        if (problem.isPresent()) {
            return;
        }
        var prefix = line.prefix();
        if (prefix.containers() > MAX_CONTAINERS) {
            problem = problem("Line %,d nests lists or block quotes %,d levels deep; Quire renders at most %d. "
                    + "Flatten the nesting.", line.number(), prefix.containers(), MAX_CONTAINERS);
            return;
        }
        if (prefix.columns() > MAX_INDENT_COLUMNS) {
            problem = problem("Line %,d is indented by %,d columns; Quire renders at most %d. Remove some "
                    + "indentation.", line.number(), prefix.columns(), MAX_INDENT_COLUMNS);
            return;
        }
        if (prefix.isBlank(line.end())) {
            brackets = 0;
            emphasis = 0;
            paragraphLine = line.number() + 1;
        }
        int next = prefix.end(); // the first character not yet read, or skipped as escaped or part of a run
        for (int k = 0; k < line.markCount() && problem.isEmpty(); k++) {
            int i = line.mark(k);
            if (i >= next) {
                next = readMark(line, i);
            }
        }
    }

    /** Reads the mark at {@code i}; returns the index of the first character after what it read. */
    private int readMark(MarkdownLines line, int i) {
        String text = line.text();
        char c = text.charAt(i);
        if (c == '\\') {
            return i + 2;
        } else if (c == '[') {
            if (++brackets > MAX_BRACKETS) {
                problem = problem("The paragraph starting on line %,d nests square brackets more than %d deep. "
                        + "Close them, or escape the ones meant as text (\\[).", paragraphLine, MAX_BRACKETS);
            }
        } else if (c == ']') {
            brackets = Math.max(0, brackets - 1);
        } else if (c == '*' || c == '_' || c == '~' || c == '+') {
            int runEnd = i;
            while (runEnd < line.end() && text.charAt(runEnd) == c) {
                runEnd++;
            }
            int change = Delimiters.openingMinusClosing(text, i, runEnd, line.start(), line.end());
            emphasis = Math.max(0, emphasis + change);
            if (emphasis > MAX_EMPHASIS) {
                problem = problem("The paragraph starting on line %,d opens emphasis (* _ ~ +) more than %d deep "
                        + "without closing it. Close it, or escape the characters meant as text (\\*).",
                        paragraphLine, MAX_EMPHASIS);
            }
            return runEnd;
        } else if (c == '<') {
            htmlTags = Math.max(0, htmlTags + tagDepthChange(text, i, line.end()));
            if (htmlTags > MAX_HTML_TAGS) {
                problem = problem("Raw HTML tags are nested more than %d deep by line %,d. Close the tags.",
                        MAX_HTML_TAGS, line.number());
            }
        }
        return i + 1; // other marks are for other checks
    }

    @Override
    public Optional<String> problem() {
        return problem;
    }

    /** +1 for an opening tag that can hold others, -1 for a closing tag, 0 for anything else. */
    private static int tagDepthChange(String text, int lt, int lineEnd) {
        boolean closing = lt + 1 < lineEnd && text.charAt(lt + 1) == '/';
        int nameStart = closing ? lt + 2 : lt + 1;
        int nameEnd = nameStart;
        while (nameEnd < lineEnd && (Character.isLetterOrDigit(text.charAt(nameEnd)) || text.charAt(nameEnd) == '-')) {
            nameEnd++;
        }
        if (nameEnd == nameStart || !Character.isLetter(text.charAt(nameStart))) {
            return 0;
        }
        if (nameEnd < lineEnd) {
            char after = text.charAt(nameEnd);
            if (after != '>' && after != '/' && after != ' ' && after != '\t') {
                return 0; // "<https:" or "<a@b": an autolink, not a tag
            }
        }
        if (closing) {
            return -1;
        }
        if (NON_NESTING_TAGS.contains(text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT))) {
            return 0;
        }
        int gt = nameEnd;
        while (gt < lineEnd && text.charAt(gt) != '>') { // within the line: searching on to the end was quadratic
            gt++;
        }
        return gt < lineEnd && text.charAt(gt - 1) == '/' ? 0 : 1;
    }

    private static Optional<String> problem(String format, Object... arguments) {
        return Optional.of(String.format(Locale.ROOT, format, arguments));
    }
}
