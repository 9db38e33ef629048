package org.quire.descriptor.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.descriptor.DescriptorLimits;

/**
 * Parenthetical notes are kept without their enclosing parentheses: the renderer adds them, so
 * a note typed "(For ..., use ...)" and one typed "For ..., use ..." are the same note. Empty rows
 * of a form are no notes.
 */
public final class Notes {

    private Notes() {
    }

    public static List<String> checked(@Nullable List<String> notes, String owner, InputProblems problems) {
        if (notes == null) {
            return List.of();
        }
        if (notes.size() > DescriptorLimits.MAX_NOTES_PER_DESCRIPTOR) {
            problems.add(owner + " has " + notes.size() + " notes; at most "
                    + DescriptorLimits.MAX_NOTES_PER_DESCRIPTOR + " are allowed.");
            return List.of();
        }
        var kept = new ArrayList<String>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            var note = unenclosed(problems.text(notes.get(i), owner + ": note " + (i + 1), DescriptorLimits.MAX_NOTE)
                    .strip());
            if (!note.isEmpty()) {
                kept.add(note);
            }
        }
        return List.copyOf(kept);
    }

    /** "(a (b) c)" becomes "a (b) c"; "(a) and (b)" stays, its first parenthesis closes early. */
    static String unenclosed(String note) {
        if (note.length() < 2 || note.charAt(0) != '(' || note.charAt(note.length() - 1) != ')') {
            return note;
        }
        int depth = 0;
        for (int i = 0; i < note.length() - 1; i++) {
            char c = note.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return note;
            }
        }
        return note.substring(1, note.length() - 1).strip();
    }
}
