package org.quire.descriptor;

import java.util.regex.Pattern;

/** Descriptor text as CPT prints it: one line, single spaces. Comparisons and diffs use this form. */
public final class DescriptorText {

    /** Line breaks, tabs and no-break spaces all read as one space in a printed descriptor. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private DescriptorText() {
    }

    public static String normalized(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Equal as printed: differences of spacing only do not count. */
    public static boolean sameAsPrinted(String a, String b) {
        return normalized(a).equals(normalized(b));
    }
}
