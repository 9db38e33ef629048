package org.quire.descriptor.internal;

import org.quire.descriptor.DescriptorRule;

/** Families are headings in the rendered set and rows of the form: each needs a name. */
final class FamilyNameCheck implements RuleCheck {

    @Override
    public void check(SetIndex set, Findings findings) {
        int firstPosition = 0;
        var families = set.set().families();
        for (int i = 0; i < families.size(); i++) {
            var family = families.get(i);
            if (family.name().isBlank()) {
                findings.add(DescriptorRule.FAMILY_WITHOUT_NAME, family, firstPosition,
                        "Code family " + (i + 1) + " has no name: name it after what its codes describe.");
            }
            firstPosition += family.descriptors().size();
        }
    }
}
