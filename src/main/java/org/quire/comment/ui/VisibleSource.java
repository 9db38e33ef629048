package org.quire.comment.ui;

import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * A slice of Markdown source as a reader roughly sees it, each character remembering the source
 * range it came from: entities decoded, link destinations, reference labels, raw HTML tags and
 * escaping backslashes left out. Code spans are kept literally. The rest of the markup (emphasis
 * marks, list markers, heading hashes, table pipes) stays: the character diff against the rendered
 * text drops it, and a destination left in would give that diff a second copy of a link's words to
 * match, the wrong one as often as not.
 */
final class VisibleSource {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>|<!--.*?-->",
            Pattern.DOTALL);
    private static final String ESCAPABLE = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final StringBuilder text = new StringBuilder();
    private int[] from = new int[16];
    private int[] to = new int[16];

    private VisibleSource() {
    }

    /** The visible text of {@code source} from {@code start} to {@code end}. */
    static VisibleSource of(String source, int start, int end) {
        var visible = new VisibleSource();
        visible.read(source, start, end);
        return visible;
    }

    String text() {
        return text.toString();
    }

    /** Where the visible character {@code i} starts in the source. */
    int from(int i) {
        return from[i];
    }

    /** Where the visible character {@code i} ends in the source. */
    int to(int i) {
        return to[i];
    }

    private void read(String source, int start, int end) {
        int i = start;
        while (i < end) {
            char c = source.charAt(i);
            if (c == '`') {
                i = codeSpan(source, i, end);
            } else if (c == '&') {
                i = entity(source, i, end);
            } else if (c == '\\' && i + 1 < end && ESCAPABLE.indexOf(source.charAt(i + 1)) >= 0) {
                add(source.charAt(i + 1), i, i + 2);
                i += 2;
            } else if (c == '<') {
                i = tag(source, i, end);
            } else if (c == ']' && i + 1 < end && (source.charAt(i + 1) == '(' || source.charAt(i + 1) == '[')) {
                add(c, i, i + 1);
                i = skipBracketed(source, i + 1, end);
            } else {
                add(c, i, i + 1);
                i++;
            }
        }
    }

    /** A run of backticks and, when the same run closes it, the code between kept as written. */
    private int codeSpan(String source, int i, int end) {
        int run = i;
        while (run < end && source.charAt(run) == '`') {
            run++;
        }
        var fence = source.substring(i, run);
        int close = source.indexOf(fence, run);
        while (close >= 0 && close + fence.length() < end && source.charAt(close + fence.length()) == '`') {
            close = source.indexOf(fence, close + fence.length() + 1); // a longer run does not close it
        }
        int stop = close < 0 || close >= end ? run : close + fence.length();
        for (int k = i; k < stop; k++) {
            add(source.charAt(k), k, k + 1);
        }
        return stop;
    }

    private int entity(String source, int i, int end) {
        var matcher = ENTITY.matcher(source).region(i, end);
        if (matcher.lookingAt()) {
            var decoded = Parser.unescapeEntities(matcher.group(), false);
            if (!decoded.equals(matcher.group())) {
                for (int k = 0; k < decoded.length(); k++) {
                    add(decoded.charAt(k), i, matcher.end());
                }
                return matcher.end();
            }
        }
        add('&', i, i + 1);
        return i + 1;
    }

    private int tag(String source, int i, int end) {
        var matcher = HTML_TAG.matcher(source).region(i, end);
        if (matcher.lookingAt()) {
            return matcher.end();
        }
        add('<', i, i + 1);
        return i + 1;
    }

    /** Skips a link's {@code (destination "title")} or {@code [label]}, nested brackets included. */
    private static int skipBracketed(String source, int open, int end) {
        char opening = source.charAt(open);
        char closing = opening == '(' ? ')' : ']';
        int depth = 0;
        for (int k = open; k < end; k++) {
            char c = source.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return k + 1;
            }
        }
        return open; // not closed: not a link after all, read on as text
    }

    private void add(char c, int sourceFrom, int sourceTo) {
        int n = text.length();
        if (n == from.length) {
            from = java.util.Arrays.copyOf(from, n * 2);
            to = java.util.Arrays.copyOf(to, n * 2);
        }
        text.append(c);
        from[n] = sourceFrom;
        to[n] = sourceTo;
    }
}
