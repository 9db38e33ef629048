package org.quire.descriptor;

import java.util.List;

/** What a set holds, read as codes, so a test states an order in one line. */
final class Codes {

    private Codes() {
    }

    /** Every code, family by family. */
    static List<String> of(DescriptorSet set) {
        return set.descriptors().stream().map(Descriptor::code).toList();
    }

    /** The codes of each family, one list per family. */
    static List<List<String>> byFamily(DescriptorSet set) {
        return set.families().stream().map(family -> family.descriptors().stream().map(Descriptor::code).toList())
                .toList();
    }

    static List<String> familyNames(DescriptorSet set) {
        return set.families().stream().map(CodeFamily::name).toList();
    }

    static Descriptor withCode(DescriptorSet set, String code) {
        return set.descriptors().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }
}
