package org.quire.descriptor;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.quire.descriptor.internal.InputProblems;
import org.quire.descriptor.internal.Notes;

/**
 * One proposed code descriptor. The code may still break a CPT convention (that is for
 * {@link DescriptorValidation} to say, next to the field); only input beyond
 * {@link DescriptorLimits} is refused here.
 *
 * @param id stays when the code is renamed
 * @param code a CPT code or a placeholder such as 9X0X1 (see {@link CodeFormat}); stripped
 * @param parent the descriptor this one is indented under; its text is then only the part after the
 *        parent's semicolon (see {@link SemicolonConvention})
 * @param text the proposed descriptor text; empty for a deleted code
 * @param currentText the published text a revised or deleted code has today; "" for none
 * @param notes parenthetical notes, kept without their enclosing parentheses (typing them is harmless)
 */
public record Descriptor(DescriptorId id, String code, DescriptorAction action, @Nullable DescriptorId parent,
        String text, String currentText, Set<DescriptorFlag> flags, List<String> notes) {

    public Descriptor {
        var problems = new InputProblems();
        var name = code != null && !code.isBlank() && code.length() <= DescriptorLimits.MAX_CODE
                ? "Descriptor " + code.strip() : "A descriptor";
        problems.missing(id, name + " has no id.");
        problems.missing(action, name + " has no action: choose new, revised, deleted or unchanged.");
        code = problems.text(code, name + ": the code", DescriptorLimits.MAX_CODE).strip();
        text = problems.text(text, name + ": the text", DescriptorLimits.MAX_TEXT).strip();
        currentText = problems.text(currentText, name + ": the current text", DescriptorLimits.MAX_TEXT).strip();
        flags = flags == null || flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        notes = Notes.checked(notes, name, problems);
        problems.throwIfAny();
    }

    /** A new, unindented descriptor without flags or notes. */
    public static Descriptor of(String code, DescriptorAction action, String text) {
        return new Descriptor(DescriptorId.random(), code, action, null, text, "", Set.of(), List.of());
    }

    public Descriptor withCode(String newCode) {
        return new Descriptor(id, newCode, action, parent, text, currentText, flags, notes);
    }

    public Descriptor withAction(DescriptorAction newAction) {
        return new Descriptor(id, code, newAction, parent, text, currentText, flags, notes);
    }

    public Descriptor withParent(@Nullable DescriptorId newParent) {
        return new Descriptor(id, code, action, newParent, text, currentText, flags, notes);
    }

    public Descriptor withText(String newText) {
        return new Descriptor(id, code, action, parent, newText, currentText, flags, notes);
    }

    public Descriptor withCurrentText(String newCurrentText) {
        return new Descriptor(id, code, action, parent, text, newCurrentText, flags, notes);
    }

    public Descriptor withFlags(Set<DescriptorFlag> newFlags) {
        return new Descriptor(id, code, action, parent, text, currentText, newFlags, notes);
    }

    public Descriptor withNotes(List<String> newNotes) {
        return new Descriptor(id, code, action, parent, text, currentText, flags, newNotes);
    }

    public Optional<DescriptorId> parentId() {
        return Optional.ofNullable(parent);
    }

    public boolean hasParent() {
        return parent != null;
    }

    public boolean has(DescriptorFlag flag) {
        return flags.contains(flag);
    }

    /** The text the book prints: the proposed text, or for a deleted code the published text it strikes. */
    public String shownText() {
        return action == DescriptorAction.DELETED ? currentText : text;
    }

    /** How messages name it: its code, or a stand-in while the code is empty. */
    public String label() {
        return code.isEmpty() ? "(no code yet)" : code;
    }
}
