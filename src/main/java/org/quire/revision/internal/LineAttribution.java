package org.quire.revision.internal;

import org.eclipse.jgit.diff.Edit;

/**
 * Who last changed each line, carried forward one revision at a time: lines the diff keeps keep
 * their revision, lines it inserts or changes get the new one. The last line counts as ended by a
 * line break, so adding a paragraph after it does not claim it.
 */
public final class LineAttribution {

    private TokenSequence lines = TokenSequence.lines("");
    private int[] owners = new int[0];

    public void advance(String text, int number) {
        var next = TokenSequence.lines(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
        var nextOwners = new int[next.size()];
        int a = 0;
        int b = 0;
        for (Edit edit : TokenDiff.between(lines, next)) {
            while (b < edit.getBeginB()) {
                nextOwners[b++] = owners[a++];
            }
            while (b < edit.getEndB()) {
                nextOwners[b++] = number;
            }
            a = edit.getEndA();
        }
        while (b < next.size()) {
            nextOwners[b++] = owners[a++];
        }
        lines = next;
        owners = nextOwners;
    }

    public int lineCount() {
        return lines.size();
    }

    /** The line without its line break. */
    public String line(int index) {
        var line = lines.token(index);
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return line.substring(0, end);
    }

    /** The number of the revision that last changed the line. */
    public int owner(int index) {
        return owners[index];
    }
}
