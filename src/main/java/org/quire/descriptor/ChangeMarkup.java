package org.quire.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.quire.revision.DiffSegment;
import org.quire.revision.TextDiff;

/**
 * A revised descriptor's CPT markup: the words struck from the current published text and the words
 * underlined in the proposed one, computed by the revision module's word diff (punctuation marks are
 * words of their own), never typed by hand.
 *
 * <p>Both texts are compared as printed ({@link DescriptorText#normalized}), so a change of spacing
 * alone is no change. The runs are made to read naturally: a changed run never starts or ends with a
 * space (the space stays unmarked beside it), and a struck word directly followed by an underlined
 * word is separated from it by a {@link Kind#SEPARATOR} space. Moves show as a deletion and an insertion; a change
 * of case is a changed word.
 */
public record ChangeMarkup(List<Run> runs) {

    public enum Kind {
        KEPT, DELETED, INSERTED,
        /** The space shown between a struck word and the underlined word replacing it; in neither text. */
        SEPARATOR
    }

    public record Run(Kind kind, String text) {

        public Run {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    public ChangeMarkup {
        runs = List.copyOf(runs);
    }

    public static ChangeMarkup between(String currentText, String proposedText) {
        var diff = TextDiff.between(DescriptorText.normalized(currentText), DescriptorText.normalized(proposedText));
        var runs = new ArrayList<Run>();
        for (var segment : diff.segments()) {
            var kind = switch (segment.kind()) {
                case EQUAL -> Kind.KEPT;
                case DELETED -> Kind.DELETED;
                case INSERTED -> Kind.INSERTED;
            };
            addChange(runs, kind, segment);
        }
        return new ChangeMarkup(runs);
    }

    public boolean unchanged() {
        return runs.stream().allMatch(run -> run.kind() == Kind.KEPT);
    }

    /** The current text again, as printed. */
    public String currentText() {
        return joined(Kind.DELETED);
    }

    /** The proposed text again, as printed. */
    public String proposedText() {
        return joined(Kind.INSERTED);
    }

    private static void addChange(List<Run> runs, Kind kind, DiffSegment segment) {
        var text = segment.text();
        if (kind == Kind.KEPT) {
            add(runs, Kind.KEPT, text);
            return;
        }
        var core = text.strip();
        int lead = text.indexOf(core);
        add(runs, Kind.KEPT, text.substring(0, core.isEmpty() ? text.length() : lead));
        if (core.isEmpty()) {
            return;
        }
        if (kind == Kind.INSERTED && !runs.isEmpty() && runs.getLast().kind() == Kind.DELETED
                && endsWithWord(runs.getLast().text()) && Character.isLetterOrDigit(core.codePointAt(0))) {
            runs.add(new Run(Kind.SEPARATOR, " "));
        }
        add(runs, kind, core);
        add(runs, Kind.KEPT, text.substring(lead + core.length()));
    }

    private static void add(List<Run> runs, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.getLast().kind() == kind) {
            var merged = runs.removeLast().text() + text;
            runs.add(new Run(kind, kind == Kind.KEPT ? merged.replaceAll(" {2,}", " ") : merged));
        } else {
            runs.add(new Run(kind, text));
        }
    }

    private static boolean endsWithWord(String text) {
        return Character.isLetterOrDigit(text.codePointBefore(text.length()));
    }

    private String joined(Kind changed) {
        var text = new StringBuilder();
        runs.stream().filter(run -> run.kind() == Kind.KEPT || run.kind() == changed)
                .forEach(run -> text.append(run.text()));
        return DescriptorText.normalized(text.toString());
    }
}
