package org.quire.descriptor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorId;

/**
 * Moving things up and down a list as a form's arrows do. Within a family a parent moves with its
 * children as one block, and a child moves only among its parent's children, so a move never
 * separates a child from its parent.
 */
public final class Reordering {

    private Reordering() {
    }

    /** The list with the first matching element moved {@code by} places, stopping at the ends. */
    public static <T> List<T> moved(List<T> items, Predicate<T> which, int by) {
        int from = indexOf(items, which);
        int to = Math.clamp((long) from + by, 0, items.size() - 1);
        if (from < 0 || from == to) {
            return items;
        }
        var result = new ArrayList<>(items);
        result.add(to, result.remove(from));
        return result;
    }

    /** A family's descriptors with one descriptor (and its children, if it heads a block) moved. */
    public static List<Descriptor> movedDescriptor(List<Descriptor> descriptors, DescriptorId id, int by) {
        var blocks = blocks(descriptors);
        var block = indexOf(blocks, b -> b.getFirst().id().equals(id));
        List<List<Descriptor>> result;
        if (block >= 0) {
            result = moved(blocks, b -> b.getFirst().id().equals(id), by);
        } else {
            result = new ArrayList<>(blocks);
            int holding = indexOf(blocks, b -> b.stream().anyMatch(d -> d.id().equals(id)));
            var parentBlock = blocks.get(holding);
            var children = moved(parentBlock.subList(1, parentBlock.size()), d -> d.id().equals(id), by);
            var reordered = new ArrayList<Descriptor>(parentBlock.size());
            reordered.add(parentBlock.getFirst());
            reordered.addAll(children);
            result.set(holding, reordered);
        }
        return result.stream().flatMap(List::stream).toList();
    }

    /**
     * A descriptor and the children that directly follow it. A child away from its parent (which
     * validation reports) is a block of its own, so it can be moved back next to its parent.
     */
    static List<List<Descriptor>> blocks(List<Descriptor> descriptors) {
        var blocks = new ArrayList<List<Descriptor>>();
        for (var descriptor : descriptors) {
            var current = blocks.isEmpty() ? null : blocks.getLast();
            if (current != null && descriptor.hasParent()
                    && descriptor.parent().equals(current.getFirst().id())) {
                current.add(descriptor);
            } else {
                blocks.add(new ArrayList<>(List.of(descriptor)));
            }
        }
        return blocks;
    }

    private static <T> int indexOf(List<T> items, Predicate<T> which) {
        for (int i = 0; i < items.size(); i++) {
            if (which.test(items.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
