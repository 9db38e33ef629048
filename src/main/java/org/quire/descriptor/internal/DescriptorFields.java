package org.quire.descriptor.internal;

import static org.quire.descriptor.DescriptorField.ACTION;
import static org.quire.descriptor.DescriptorField.CODE;
import static org.quire.descriptor.DescriptorField.CURRENT_TEXT;
import static org.quire.descriptor.DescriptorField.FLAGS;
import static org.quire.descriptor.DescriptorField.NOTES;
import static org.quire.descriptor.DescriptorField.PARENT;
import static org.quire.descriptor.DescriptorField.TEXT;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorSet;

/**
 * A descriptor's fields one at a time, as diff and merge need them: compared by value (the parent by
 * id, so renaming the parent is not a change of its children), read as a person reads them, and
 * copied from one version to another.
 */
public final class DescriptorFields {

    /** The fields a descriptor has, in {@link DescriptorField} order. */
    public static final List<DescriptorField> ALL = List.of(CODE, ACTION, PARENT, TEXT, CURRENT_TEXT, FLAGS, NOTES);

    static final String NONE = "(none)";

    private DescriptorFields() {
    }

    public static @Nullable Object value(DescriptorField field, Descriptor descriptor) {
        return switch (field) {
            case CODE -> descriptor.code();
            case ACTION -> descriptor.action();
            case PARENT -> descriptor.parent();
            case TEXT -> descriptor.text();
            case CURRENT_TEXT -> descriptor.currentText();
            case FLAGS -> descriptor.flags();
            case NOTES -> descriptor.notes();
            case FAMILY_NAME -> throw new IllegalArgumentException("a family's name is not a descriptor's field");
        };
    }

    public static boolean same(DescriptorField field, Descriptor a, Descriptor b) {
        return Objects.equals(value(field, a), value(field, b));
    }

    /**
     * The value as a person reads it: the action's and marks' names, the parent's code (looked up in
     * the set the descriptor belongs to), notes one per line.
     */
    public static String read(DescriptorField field, Descriptor descriptor, DescriptorSet set) {
        return switch (field) {
            case CODE -> descriptor.code();
            case ACTION -> descriptor.action().label();
            case PARENT -> descriptor.parentId()
                    .map(parent -> set.descriptor(parent).map(Descriptor::label).orElse("(not in the set)"))
                    .orElse(NONE);
            case TEXT -> descriptor.text();
            case CURRENT_TEXT -> descriptor.currentText();
            case FLAGS -> descriptor.flags().isEmpty() ? NONE
                    : descriptor.flags().stream().map(flag -> flag.label()).collect(Collectors.joining(", "));
            case NOTES -> String.join("\n", descriptor.notes());
            case FAMILY_NAME -> throw new IllegalArgumentException("a family's name is not a descriptor's field");
        };
    }

    /** The target with this one field taken from the source. */
    public static Descriptor copy(DescriptorField field, Descriptor source, Descriptor target) {
        return switch (field) {
            case CODE -> target.withCode(source.code());
            case ACTION -> target.withAction(source.action());
            case PARENT -> target.withParent(source.parent());
            case TEXT -> target.withText(source.text());
            case CURRENT_TEXT -> target.withCurrentText(source.currentText());
            case FLAGS -> target.withFlags(source.flags());
            case NOTES -> target.withNotes(source.notes());
            case FAMILY_NAME -> throw new IllegalArgumentException("a family's name is not a descriptor's field");
        };
    }

    /** How a sentence names the field: "both changed the text". */
    public static String words(DescriptorField field) {
        return switch (field) {
            case CODE -> "the code";
            case ACTION -> "the action";
            case PARENT -> "the code it is indented under";
            case TEXT -> "the text";
            case CURRENT_TEXT -> "the current text";
            case FLAGS -> "the marks";
            case NOTES -> "the notes";
            case FAMILY_NAME -> "the family's name";
        };
    }
}
