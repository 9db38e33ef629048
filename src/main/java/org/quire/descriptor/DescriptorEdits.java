package org.quire.descriptor;

/**
 * The edits the descriptor form makes, each returning a new set (sets are values). Descriptors and
 * families are named by id, so an edit means the same thing after a rename or a move.
 */
public final class DescriptorEdits {

    private DescriptorEdits() {
    }

    /** Replaces the descriptor with the same id. */
    public static DescriptorSet replace(DescriptorSet set, Descriptor changed) {
        throw new UnsupportedOperationException("to be built");
    }

    /**
     * Gives a descriptor a new code and replaces every whole-code reference to its old code in the
     * texts, current texts and notes of the set (as {@link CodeFormat#REFERENCE} finds them).
     */
    public static DescriptorSet renameCode(DescriptorSet set, DescriptorId id, String newCode) {
        throw new UnsupportedOperationException("to be built");
    }

    /** Appends an unindented descriptor at the end of a family. */
    public static DescriptorSet add(DescriptorSet set, CodeFamilyId family, Descriptor added) {
        throw new UnsupportedOperationException("to be built");
    }

    /** Adds a child indented under {@code parent}, after the parent's last child. */
    public static DescriptorSet addChild(DescriptorSet set, DescriptorId parent, Descriptor child) {
        throw new UnsupportedOperationException("to be built");
    }

    /** Removes a descriptor; its children stay, unindented, so no text is lost. */
    public static DescriptorSet remove(DescriptorSet set, DescriptorId id) {
        throw new UnsupportedOperationException("to be built");
    }

    /**
     * Moves a descriptor {@code by} places among its siblings (negative: up): a parent or unindented
     * code moves past whole blocks (a parent with its children), a child among its parent's children.
     * Stops at the ends.
     */
    public static DescriptorSet move(DescriptorSet set, DescriptorId id, int by) {
        throw new UnsupportedOperationException("to be built");
    }

    public static DescriptorSet addFamily(DescriptorSet set, CodeFamily family) {
        throw new UnsupportedOperationException("to be built");
    }

    public static DescriptorSet renameFamily(DescriptorSet set, CodeFamilyId id, String name) {
        throw new UnsupportedOperationException("to be built");
    }

    public static DescriptorSet removeFamily(DescriptorSet set, CodeFamilyId id) {
        throw new UnsupportedOperationException("to be built");
    }

    public static DescriptorSet moveFamily(DescriptorSet set, CodeFamilyId id, int by) {
        throw new UnsupportedOperationException("to be built");
    }
}
