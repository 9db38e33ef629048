package org.quire.descriptor.internal;

import static org.quire.descriptor.DescriptorAction.DELETED;
import static org.quire.descriptor.DescriptorAction.REVISED;
import static org.quire.descriptor.DescriptorAction.UNCHANGED;

import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorRule;
import org.quire.descriptor.DescriptorText;

/**
 * Whether a descriptor carries the texts its action needs: a proposed text unless deleted, the
 * current published text when revised or deleted, and a revision that changes something.
 */
final class ActionChecks implements RuleCheck {

    @Override
    public void check(SetIndex set, Findings findings) {
        for (var entry : set.entries()) {
            var descriptor = entry.descriptor();
            var action = descriptor.action();
            var label = entry.label();
            boolean hasText = !descriptor.text().isBlank();
            boolean hasCurrent = !descriptor.currentText().isBlank();
            if (action != DELETED && !hasText) {
                findings.add(DescriptorRule.MISSING_TEXT, entry, DescriptorField.TEXT,
                        label + ": the descriptor text is empty.");
            }
            if (action == DELETED && hasText) {
                findings.add(DescriptorRule.DELETED_WITH_TEXT, entry, DescriptorField.TEXT, label
                        + " is deleted, so it has no proposed text (its current text is shown struck through): "
                        + "remove the text, or choose another action.");
            }
            if (action.hasCurrentText() && !hasCurrent) {
                findings.add(DescriptorRule.MISSING_CURRENT_TEXT, entry, DescriptorField.CURRENT_TEXT,
                        label + (action == REVISED
                                ? " is revised: give its current published text, so that the change can be marked."
                                : " is deleted: give its current published text, which is shown struck through."));
            }
            if (action == REVISED && hasText && hasCurrent
                    && DescriptorText.sameAsPrinted(descriptor.text(), descriptor.currentText())) {
                findings.add(DescriptorRule.REVISED_WITHOUT_CHANGE, entry, DescriptorField.TEXT, label
                        + " is marked revised, but its text is the same as the current text (spacing aside): "
                        + "change the text, or mark the code unchanged.");
            }
            if (action == UNCHANGED && hasCurrent) {
                findings.add(DescriptorRule.UNCHANGED_WITH_CURRENT_TEXT, entry, DescriptorField.CURRENT_TEXT, label
                        + " is marked unchanged, so it is shown as published and has no separate current text: "
                        + "remove the current text, or mark the code revised.");
            }
        }
    }
}
