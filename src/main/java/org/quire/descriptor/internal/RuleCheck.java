package org.quire.descriptor.internal;

/** Checks one group of related conventions; each finding names its own {@link org.quire.descriptor.DescriptorRule}. */
public interface RuleCheck {

    void check(SetIndex set, Findings findings);
}
