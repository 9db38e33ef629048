package org.quire.descriptor;

/** Which field of a form a problem belongs next to. */
public enum DescriptorField {
    CODE, ACTION, PARENT, TEXT, CURRENT_TEXT, FLAGS, NOTES, FAMILY_NAME
}
