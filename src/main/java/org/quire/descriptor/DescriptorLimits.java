package org.quire.descriptor;

/**
 * The stated limits of a descriptor set. Input beyond them cannot even be held and is refused with
 * {@link org.quire.shared.InputRejected}; input within them that breaks a CPT convention is held and
 * reported by {@link DescriptorValidation}, so a form can show the problem next to the field.
 */
public final class DescriptorLimits {

    /** Codes are five characters; a little more lets a typing mistake reach the format rule's message. */
    public static final int MAX_CODE = 10;
    public static final int MAX_TEXT = 1_000;
    public static final int MAX_NOTE = 500;
    public static final int MAX_NOTES_PER_DESCRIPTOR = 20;
    public static final int MAX_FAMILY_NAME = 200;
    public static final int MAX_FAMILIES = 50;
    public static final int MAX_DESCRIPTORS = 500;
    public static final int MAX_EXTERNAL_CODES = 500;
    /** Ids are generated (UUIDs); the bound only protects against a damaged stored document. */
    public static final int MAX_ID = 64;

    private DescriptorLimits() {
    }
}
