package org.quire.markdown.internal;

/** CommonMark's flanking rules for a run of emphasis characters, read without parsing. */
final class Delimiters {

    private Delimiters() {
    }

    /**
     * The run's length if it can only open emphasis, minus it if it can only close, 0 if it can do
     * both or neither (intraword {@code _}, {@code a * b}).
     */
    static int openingMinusClosing(String text, int runStart, int runEnd, int lineStart, int lineEnd) {
        int before = runStart > lineStart ? text.charAt(runStart - 1) : ' ';
        int after = runEnd < lineEnd ? text.charAt(runEnd) : ' ';
        boolean leftFlanking = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
        boolean rightFlanking = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
        if (leftFlanking == rightFlanking) {
            return 0;
        }
        return leftFlanking ? runEnd - runStart : runStart - runEnd;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
