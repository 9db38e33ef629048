package org.quire.revision;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.quire.revision.DiffSegment.Kind;
import org.quire.revision.internal.TokenDiff;
import org.quire.revision.internal.TokenSequence;

/**
 * A word-level diff: segments that, read as EQUAL+DELETED, give back the old text exactly and, as
 * EQUAL+INSERTED, the new one (spaces and punctuation are tokens too). The inline view shows all
 * segments; the side-by-side view shows {@link #beforeSegments()} next to {@link #afterSegments()}.
 */
public record TextDiff(List<DiffSegment> segments, int insertedWords, int deletedWords) {

    public TextDiff {
        segments = List.copyOf(segments);
    }

    public static TextDiff between(String before, String after) {
        var a = TokenSequence.words(before);
        var b = TokenSequence.words(after);
        var edits = joinedAcrossSingleSpaces(TokenDiff.between(a, b), a);
        var segments = new ArrayList<DiffSegment>(edits.size() * 3 + 1);
        int inserted = 0;
        int deleted = 0;
        int equalFrom = 0;
        for (Edit edit : edits) {
            add(segments, Kind.EQUAL, a.slice(equalFrom, edit.getBeginA()));
            add(segments, Kind.DELETED, a.slice(edit.getBeginA(), edit.getEndA()));
            add(segments, Kind.INSERTED, b.slice(edit.getBeginB(), edit.getEndB()));
            deleted += words(a, edit.getBeginA(), edit.getEndA());
            inserted += words(b, edit.getBeginB(), edit.getEndB());
            equalFrom = edit.getEndA();
        }
        add(segments, Kind.EQUAL, a.slice(equalFrom, a.size()));
        return new TextDiff(segments, inserted, deleted);
    }

    /** The old text. */
    public String before() {
        return join(beforeSegments());
    }

    /** The new text. */
    public String after() {
        return join(afterSegments());
    }

    public List<DiffSegment> beforeSegments() {
        return segments.stream().filter(segment -> segment.kind() != Kind.INSERTED).toList();
    }

    public List<DiffSegment> afterSegments() {
        return segments.stream().filter(segment -> segment.kind() != Kind.DELETED).toList();
    }

    public boolean unchanged() {
        return segments.stream().allMatch(segment -> segment.kind() == Kind.EQUAL);
    }

    /**
     * "old words" replaced by "new text" reads as one change, not as two split by a kept space, so
     * changes separated by a single run of spaces are shown as one.
     */
    private static List<Edit> joinedAcrossSingleSpaces(EditList edits, TokenSequence a) {
        var joined = new ArrayList<Edit>(edits.size());
        for (Edit edit : edits) {
            if (!joined.isEmpty()) {
                var last = joined.getLast();
                if (edit.getBeginA() - last.getEndA() == 1 && a.isSpace(last.getEndA())) {
                    joined.set(joined.size() - 1,
                            new Edit(last.getBeginA(), edit.getEndA(), last.getBeginB(), edit.getEndB()));
                    continue;
                }
            }
            joined.add(edit);
        }
        return joined;
    }

    private static void add(List<DiffSegment> segments, Kind kind, String text) {
        if (!text.isEmpty()) {
            segments.add(new DiffSegment(kind, text));
        }
    }

    private static int words(TokenSequence tokens, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (tokens.isWord(i)) {
                count++;
            }
        }
        return count;
    }

    private static String join(List<DiffSegment> segments) {
        var text = new StringBuilder();
        segments.forEach(segment -> text.append(segment.text()));
        return text.toString();
    }
}
