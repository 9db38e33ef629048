package org.quire.descriptor.internal;

import java.util.Locale;

import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorFlag;
import org.quire.descriptor.DescriptorRule;

/** An add-on descriptor ends with CPT's wording; a warning, since the Panel may accept another. */
final class AddOnWordingCheck implements RuleCheck {

    private static final String PHRASE = DescriptorRule.ADD_ON_PHRASE.toLowerCase(Locale.ROOT);

    @Override
    public void check(SetIndex set, Findings findings) {
        for (var entry : set.entries()) {
            var descriptor = entry.descriptor();
            if (!descriptor.has(DescriptorFlag.ADD_ON) || descriptor.action() == DescriptorAction.DELETED
                    || descriptor.text().isBlank()) {
                continue;
            }
            var full = set.fullDescriptor(descriptor).toLowerCase(Locale.ROOT);
            if (!(full.endsWith(PHRASE) || full.endsWith(PHRASE + "."))) {
                findings.add(DescriptorRule.ADD_ON_WORDING, entry, DescriptorField.TEXT, entry.label()
                        + " is an add-on code: end its descriptor with \"" + DescriptorRule.ADD_ON_PHRASE
                        + "\".");
            }
        }
    }
}
