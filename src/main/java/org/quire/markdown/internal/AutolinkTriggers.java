package org.quire.markdown.internal;

/**
 * What makes flexmark's autolinker look for a bare link: an {@code @}, a scheme's {@code ://} or a
 * {@code www.} (any case). Shared by the guard, which bounds the autolinker's work on lines that have
 * one, and the parse, which runs it only on text that has one.
 */
final class AutolinkTriggers {

    private AutolinkTriggers() {
    }

    /**
     * Whether a trigger starts in {@code [start, end)}, found by searching for its rarest character:
     * this runs over all the text of every rendering, and looking at each character took a tenth of
     * the parse. It may read a few characters past {@code end}, to the end of a {@code www.}.
     */
    static boolean anyIn(String text, int start, int end) {
        if (text.indexOf('@', start, end) >= 0) {
            return true;
        }
        for (int colon = text.indexOf(':', start, end); colon >= 0; colon = text.indexOf(':', colon + 1, end)) {
            if (text.startsWith("//", colon + 1)) {
                return true;
            }
        }
        int dotsEnd = Math.min(end + 3, text.length());
        for (int dot = text.indexOf('.', Math.min(start + 3, dotsEnd), dotsEnd); dot >= 0;
                dot = text.indexOf('.', dot + 1, dotsEnd)) {
            if (isW(text.charAt(dot - 3)) && isW(text.charAt(dot - 2)) && isW(text.charAt(dot - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }
}
