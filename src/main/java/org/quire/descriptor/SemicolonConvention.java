package org.quire.descriptor;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * CPT's semicolon convention: an indented child prints only what follows its parent's semicolon,
 * and reads in full as the parent's text up to and including the first semicolon, one space, then
 * the child's text. Later semicolons belong to the parent's own part, as in the CPT book.
 *
 * <p>Spacing is that of {@link DescriptorText#normalized}, and spaces before the semicolon are
 * dropped: a parent "Visit ; brief" shares "Visit;". A parent without a semicolon shares nothing
 * (the {@code parent-without-semicolon} rule says so), and its children then read alone.
 */
public final class SemicolonConvention {

    private SemicolonConvention() {
    }

    /** The parent's text up to and including its first semicolon. */
    public static Optional<String> sharedPart(String parentText) {
        var text = DescriptorText.normalized(parentText);
        int semicolon = text.indexOf(';');
        if (semicolon < 0) {
            return Optional.empty();
        }
        return Optional.of(text.substring(0, semicolon).stripTrailing() + ";");
    }

    /** The shared part without its semicolon, as a child must not repeat it. */
    public static Optional<String> sharedWords(String parentText) {
        return sharedPart(parentText).map(shared -> shared.substring(0, shared.length() - 1));
    }

    public static String fullText(String parentText, String childText) {
        var child = DescriptorText.normalized(childText);
        return sharedPart(parentText)
                .map(shared -> child.isEmpty() ? shared : shared + " " + child)
                .orElse(child);
    }

    /**
     * The descriptor as it reads in full within its set: a child expanded with its parent's shared
     * part, anything else as it is shown (see {@link Descriptor#shownText()}).
     */
    public static String fullDescriptor(DescriptorSet set, Descriptor descriptor) {
        return fullDescriptor(descriptor.parentId().flatMap(set::descriptor).orElse(null), descriptor);
    }

    /** The same, with the parent already looked up (null when it has none or it is not in the set). */
    public static String fullDescriptor(@Nullable Descriptor parent, Descriptor descriptor) {
        var own = descriptor.shownText();
        if (parent == null || parent.id().equals(descriptor.id())) {
            return DescriptorText.normalized(own);
        }
        return fullText(parent.shownText(), own);
    }
}
