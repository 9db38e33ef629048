package org.quire.descriptor.internal;

import java.util.Locale;
import java.util.stream.Collectors;

import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorRule;
import org.quire.descriptor.DescriptorText;
import org.quire.descriptor.SemicolonConvention;

/**
 * The semicolon convention between a parent and its children: the parent has a semicolon, and a
 * child does not begin by repeating what the parent shares (compared as printed, ignoring case), as
 * happens when a full descriptor is pasted into a child.
 */
final class SemicolonCheck implements RuleCheck {

    @Override
    public void check(SetIndex set, Findings findings) {
        for (var parent : set.entries()) {
            var children = set.childrenOf(parent);
            if (children.isEmpty()) {
                continue;
            }
            var parentText = parent.descriptor().shownText();
            var shared = SemicolonConvention.sharedWords(parentText);
            if (shared.isEmpty()) {
                var field = parent.descriptor().action() == DescriptorAction.DELETED
                        ? DescriptorField.CURRENT_TEXT : DescriptorField.TEXT;
                var names = children.stream().map(SetIndex.Entry::label).collect(Collectors.joining(", "));
                findings.add(DescriptorRule.PARENT_WITHOUT_SEMICOLON, parent, field, parent.label()
                        + " has indented codes (" + names + ") but no semicolon in its text: they read as its text "
                        + "up to the semicolon followed by their own, so put a semicolon where they branch off.");
                continue;
            }
            var repeated = shared.get().toLowerCase(Locale.ROOT);
            for (var child : children) {
                var childText = DescriptorText.normalized(child.descriptor().shownText()).toLowerCase(Locale.ROOT);
                if (startsWithWords(childText, repeated)) {
                    findings.add(DescriptorRule.CHILD_REPEATS_PARENT, child, DescriptorField.TEXT, child.label()
                            + " repeats its parent's text \"" + shared.get() + "\": an indented code gives only "
                            + "what follows the parent's semicolon.");
                }
            }
        }
    }

    private static boolean startsWithWords(String text, String words) {
        return !words.isEmpty() && text.startsWith(words)
                && (text.length() == words.length() || !Character.isLetterOrDigit(text.charAt(words.length())));
    }
}
