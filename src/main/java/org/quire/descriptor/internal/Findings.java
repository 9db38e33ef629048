package org.quire.descriptor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorRule;
import org.quire.descriptor.ValidationProblem;

/** The problems the checks find, handed back in set order whichever check found them. */
public final class Findings {

    private record Found(int position, ValidationProblem problem) {
    }

    private final List<Found> found = new ArrayList<>();

    public void add(DescriptorRule rule, SetIndex.Entry entry, DescriptorField field, String message) {
        found.add(new Found(2 * entry.positionInSet() + 1,
                new ValidationProblem(rule, entry.descriptor().id(), entry.family().id(), field, message)));
    }

    /** A problem of the family itself, listed before the problems of its descriptors. */
    public void add(DescriptorRule rule, CodeFamily family, int firstPosition, String message) {
        found.add(new Found(2 * firstPosition,
                new ValidationProblem(rule, null, family.id(), DescriptorField.FAMILY_NAME, message)));
    }

    public List<ValidationProblem> inSetOrder() {
        return found.stream()
                .sorted(Comparator.comparingInt(Found::position)
                        .thenComparing(f -> f.problem().rule().ordinal()))
                .map(Found::problem)
                .toList();
    }
}
