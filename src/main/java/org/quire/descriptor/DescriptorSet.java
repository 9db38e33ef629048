package org.quire.descriptor;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.quire.descriptor.internal.InputProblems;

/**
 * A proposal's proposed code descriptors: ordered code families, plus the codes its notes and texts
 * may refer to although they are not part of it (existing codes such as an in-person visit code).
 *
 * @param externalCodes kept sorted, so a stored set changes only where a person changed it
 */
public record DescriptorSet(List<CodeFamily> families, Set<String> externalCodes) {

    public static final DescriptorSet EMPTY = new DescriptorSet(List.of(), Set.of());

    public DescriptorSet {
        var problems = new InputProblems();
        families = families == null ? List.of() : families.stream().filter(Objects::nonNull).toList();
        externalCodes = externalCodes(externalCodes, problems);
        if (families.size() > DescriptorLimits.MAX_FAMILIES) {
            problems.add("The set has " + families.size() + " code families; at most "
                    + DescriptorLimits.MAX_FAMILIES + " are allowed.");
        }
        int count = families.stream().mapToInt(family -> family.descriptors().size()).sum();
        if (count > DescriptorLimits.MAX_DESCRIPTORS) {
            problems.add(String.format(Locale.ROOT,
                    "The set has %,d descriptors; at most %,d are allowed. Split the proposal.",
                    count, DescriptorLimits.MAX_DESCRIPTORS));
        }
        checkUniqueIds(families, problems);
        problems.throwIfAny();
    }

    public DescriptorSet withFamilies(List<CodeFamily> newFamilies) {
        return new DescriptorSet(newFamilies, externalCodes);
    }

    public DescriptorSet withExternalCodes(Set<String> newExternalCodes) {
        return new DescriptorSet(families, newExternalCodes);
    }

    /** Every descriptor, family by family, in order. */
    public List<Descriptor> descriptors() {
        return families.stream().flatMap(family -> family.descriptors().stream()).toList();
    }

    public Optional<Descriptor> descriptor(DescriptorId id) {
        return families.stream().flatMap(family -> family.descriptors().stream())
                .filter(descriptor -> descriptor.id().equals(id)).findFirst();
    }

    public Optional<CodeFamily> familyOf(DescriptorId id) {
        return families.stream()
                .filter(family -> family.descriptors().stream().anyMatch(d -> d.id().equals(id)))
                .findFirst();
    }

    /** Whether a reference to this code is resolved: a code of the set, or one marked external. */
    public boolean knows(String code) {
        return externalCodes.contains(code) || descriptors().stream().anyMatch(d -> d.code().equals(code));
    }

    private static Set<String> externalCodes(Set<String> codes, InputProblems problems) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        if (codes.size() > DescriptorLimits.MAX_EXTERNAL_CODES) {
            problems.add("The set marks " + codes.size() + " codes as external; at most "
                    + DescriptorLimits.MAX_EXTERNAL_CODES + " are allowed.");
            return Set.of();
        }
        var sorted = new TreeSet<String>();
        for (var code : codes) {
            var stripped = problems.text(code, "An external code", DescriptorLimits.MAX_CODE).strip();
            if (!stripped.isEmpty() && CodeFormat.of(stripped).isEmpty()) {
                problems.add("The external code \"" + stripped + "\" is not a CPT code or placeholder "
                        + "(for example 99202, 0123T, 1234F, 0001U or 9X0X1).");
            } else if (!stripped.isEmpty()) {
                sorted.add(stripped);
            }
        }
        return Collections.unmodifiableSortedSet(sorted);
    }

    /** Ids are generated, so a repeated one means a damaged document: refuse it rather than guess. */
    private static void checkUniqueIds(List<CodeFamily> families, InputProblems problems) {
        var familyIds = new HashSet<CodeFamilyId>();
        Map<DescriptorId, String> seen = new LinkedHashMap<>();
        for (var family : families) {
            if (!familyIds.add(family.id())) {
                problems.add("Two code families share the id " + family.id() + ".");
            }
            for (var descriptor : family.descriptors()) {
                var earlier = seen.putIfAbsent(descriptor.id(), descriptor.label());
                if (earlier != null) {
                    problems.add("Descriptors " + earlier + " and " + descriptor.label() + " share the id "
                            + descriptor.id() + ".");
                }
            }
        }
    }
}
