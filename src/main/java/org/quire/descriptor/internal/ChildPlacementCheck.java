package org.quire.descriptor.internal;

import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorRule;

/**
 * Where an indented code may stand: under a parent of the set that is not itself indented, in the
 * parent's family, after the parent, with nothing but the parent's other children in between (an
 * unrelated code in between would make it look indented under the wrong code).
 */
final class ChildPlacementCheck implements RuleCheck {

    @Override
    public void check(SetIndex set, Findings findings) {
        for (var child : set.entries()) {
            var parentId = child.descriptor().parent();
            if (parentId == null) {
                continue;
            }
            var label = child.label();
            if (parentId.equals(child.descriptor().id())) {
                findings.add(DescriptorRule.NESTED_CHILD, child, DescriptorField.PARENT,
                        label + " is indented under itself: choose the code it belongs under.");
                continue;
            }
            var found = set.parentOf(child);
            if (found.isEmpty()) {
                findings.add(DescriptorRule.UNKNOWN_PARENT, child, DescriptorField.PARENT, label
                        + " is indented under a code that is no longer in this set: choose another parent, "
                        + "or remove the indentation.");
                continue;
            }
            var parent = found.get();
            if (parent.descriptor().hasParent()) {
                findings.add(DescriptorRule.NESTED_CHILD, child, DescriptorField.PARENT, label
                        + " is indented under " + parent.label() + ", which is itself indented; CPT indents one "
                        + "level only. Indent it under " + parent.label() + "'s parent instead.");
            } else if (!parent.family().id().equals(child.family().id())) {
                findings.add(DescriptorRule.CHILD_OUTSIDE_FAMILY, child, DescriptorField.PARENT, label
                        + " is in \"" + child.family().name() + "\" but its parent " + parent.label() + " is in \""
                        + parent.family().name() + "\": move it into its parent's family.");
            } else if (parent.positionInFamily() > child.positionInFamily()) {
                findings.add(DescriptorRule.CHILD_BEFORE_PARENT, child, DescriptorField.PARENT, label
                        + " comes before its parent " + parent.label() + ": move it below the parent.");
            } else {
                separation(child, parent, findings);
            }
        }
    }

    private static void separation(SetIndex.Entry child, SetIndex.Entry parent, Findings findings) {
        var descriptors = child.family().descriptors();
        for (int i = parent.positionInFamily() + 1; i < child.positionInFamily(); i++) {
            var between = descriptors.get(i);
            if (!parent.descriptor().id().equals(between.parent())) {
                var name = between.code().isEmpty() ? "a descriptor without a code" : between.code();
                findings.add(DescriptorRule.CHILD_SEPARATED_FROM_PARENT, child, DescriptorField.PARENT,
                        child.label() + " is separated from its parent " + parent.label() + " by " + name
                                + ": move it directly below the parent or its other indented codes.");
                return;
            }
        }
    }
}
