package org.quire.descriptor.internal;

import java.util.regex.Pattern;

import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorRule;

/**
 * Change markup is computed from the current text, never typed. A new code has nothing to strike, so
 * "carrying deletions" means a new code with a current text, or with struck-text markup typed into its
 * text ({@code ~~...~~}, {@code <del>}, {@code <s>}, {@code <strike>}). Typed markup anywhere else is
 * an error of its own.
 */
final class TypedMarkupCheck implements RuleCheck {

    private static final Pattern STRUCK = Pattern.compile("~~|<\\s*/?\\s*(del|s|strike)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNDERLINED = Pattern.compile("<\\s*/?\\s*(ins|u)\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public void check(SetIndex set, Findings findings) {
        for (var entry : set.entries()) {
            var descriptor = entry.descriptor();
            var label = entry.label();
            boolean isNew = descriptor.action() == DescriptorAction.NEW;
            if (isNew && !descriptor.currentText().isBlank()) {
                findings.add(DescriptorRule.NEW_WITH_DELETIONS, entry, DescriptorField.CURRENT_TEXT, label
                        + " is new: a new code has no current text, so it carries no deletions. Remove the "
                        + "current text, or mark the code revised.");
            }
            var text = descriptor.text();
            if (isNew && STRUCK.matcher(text).find()) {
                findings.add(DescriptorRule.NEW_WITH_DELETIONS, entry, DescriptorField.TEXT, label
                        + " is new, but its text holds struck-text markup (~~ or <del>): a new code carries no "
                        + "deletions. Type the proposed text only.");
            } else if (typed(text)) {
                findings.add(DescriptorRule.HAND_TYPED_MARKUP, entry, DescriptorField.TEXT, label
                        + ": the text holds typed change markup (~~, <del>, <s>, <ins> or <u>). Type the plain "
                        + "proposed text; Quire marks the changes against the current text.");
            }
            if (typed(descriptor.currentText())) {
                findings.add(DescriptorRule.HAND_TYPED_MARKUP, entry, DescriptorField.CURRENT_TEXT, label
                        + ": the current text holds change markup (~~, <del>, <s>, <ins> or <u>). Give the text "
                        + "as published, without markup.");
            }
        }
    }

    private static boolean typed(String text) {
        return STRUCK.matcher(text).find() || UNDERLINED.matcher(text).find();
    }
}
