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

    /** The characters this check looks at, by ASCII code: most text is skipped at one lookup a character. */
    private static final boolean[] MARKS = new boolean[128];

    static {
        for (char c : "\\[]*_~+<".toCharArray()) {
            MARKS[c] = true;
        }
    }

    @Override
    public Optional<String> problemIn(String markdown) {
        int paragraphLine = 1;
        int brackets = 0;
        int emphasis = 0;
        int htmlTags = 0;
        int line = 1;
        for (int start = 0; start <= markdown.length(); line++) {
            int end = LinePrefix.lineEnd(markdown, start);
            var prefix = LinePrefix.of(markdown, start, end);
            if (prefix.containers() > MAX_CONTAINERS) {
                return problem("Line %,d nests lists or block quotes %,d levels deep; Quire renders at most %d. "
                        + "Flatten the nesting.", line, prefix.containers(), MAX_CONTAINERS);
            }
            if (prefix.columns() > MAX_INDENT_COLUMNS) {
                return problem("Line %,d is indented by %,d columns; Quire renders at most %d. Remove some "
                        + "indentation.", line, prefix.columns(), MAX_INDENT_COLUMNS);
            }
            if (prefix.isBlank(end)) {
                brackets = 0;
                emphasis = 0;
                paragraphLine = line + 1;
            }
            for (int i = prefix.end(); i < end; i++) {
                char c = markdown.charAt(i);
                if (c >= 128 || !MARKS[c]) {
                    continue;
                }
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    if (++brackets > MAX_BRACKETS) {
                        return problem("The paragraph starting on line %,d nests square brackets more than %d deep. "
                                + "Close them, or escape the ones meant as text (\\[).", paragraphLine, MAX_BRACKETS);
                    }
                } else if (c == ']') {
                    brackets = Math.max(0, brackets - 1);
                } else if (c == '*' || c == '_' || c == '~' || c == '+') {
                    int runEnd = i;
                    while (runEnd < end && markdown.charAt(runEnd) == c) {
                        runEnd++;
                    }
                    emphasis = Math.max(0, emphasis + Delimiters.openingMinusClosing(markdown, i, runEnd, start, end));
                    if (emphasis > MAX_EMPHASIS) {
                        return problem("The paragraph starting on line %,d opens emphasis (* _ ~ +) more than %d deep "
                                + "without closing it. Close it, or escape the characters meant as text (\\*).",
                                paragraphLine, MAX_EMPHASIS);
                    }
                    i = runEnd - 1;
                } else if (c == '<') {
                    htmlTags = Math.max(0, htmlTags + tagDepthChange(markdown, i, end));
                    if (htmlTags > MAX_HTML_TAGS) {
                        return problem("Raw HTML tags are nested more than %d deep by line %,d. Close the tags.",
                                MAX_HTML_TAGS, line);
                    }
                }
            }
            start = end + 1;
        }
        return Optional.empty();
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
