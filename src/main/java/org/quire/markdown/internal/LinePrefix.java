package org.quire.markdown.internal;

/**
 * The container part at the start of a Markdown line: indentation, block quote markers and list
 * markers, read without parsing. Used by the pre-parse checks.
 *
 * @param end        index of the first character after the prefix
 * @param containers how many quote and list markers it holds
 * @param columns    how far it indents (tabs to multiples of 4)
 * @param bullet     whether its last marker is a list item that can start in a paragraph
 *                   (a bullet or {@code 1.}) and is followed by text
 */
record LinePrefix(int end, int containers, int columns, boolean bullet) {

    static LinePrefix of(String text, int start, int lineEnd) {
        int containers = 0;
        int columns = 0;
        boolean bullet = false;
        int i = start;
        while (i < lineEnd) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
                i++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
                i++;
            } else if (c == '>') {
                containers++;
                bullet = false;
                i++;
            } else {
                int markerEnd = listMarkerEnd(text, i, lineEnd);
                if (markerEnd < 0) {
                    break;
                }
                containers++;
                bullet = c == '-' || c == '*' || c == '+' || markerEnd - i == 2 && c == '1';
                i = markerEnd;
            }
        }
        return new LinePrefix(i, containers, columns, bullet && i < lineEnd);
    }

    static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    boolean isBlank(int lineEnd) {
        return end >= lineEnd;
    }

    /** End of a list marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 12)}) and its space; -1 if none. */
    private static int listMarkerEnd(String text, int i, int lineEnd) {
        char c = text.charAt(i);
        int next = i + 1;
        if (c >= '0' && c <= '9') {
            while (next < lineEnd && next - i < 9 && Character.isDigit(text.charAt(next))) {
                next++;
            }
            if (next >= lineEnd || text.charAt(next) != '.' && text.charAt(next) != ')') {
                return -1;
            }
            next++;
        } else if (c != '-' && c != '*' && c != '+') {
            return -1;
        }
        if (next < lineEnd && text.charAt(next) != ' ' && text.charAt(next) != '\t') {
            return -1;
        }
        return next;
    }
}
