package org.quire.descriptor;

import org.quire.descriptor.internal.Checks;

/**
 * Checks a descriptor set against every {@link DescriptorRule}. Cheap enough to run on each
 * keystroke of a form: one pass per rule group over at most {@link DescriptorLimits#MAX_DESCRIPTORS}.
 */
public final class DescriptorValidation {

    private DescriptorValidation() {
    }

    public static ValidationReport validate(DescriptorSet set) {
        return new ValidationReport(Checks.run(set));
    }
}
