package org.quire.descriptor;

import java.util.List;
import java.util.Set;

/** Small descriptor sets for tests, built from the public API only. */
final class Sets {

    static final String PARENT_TEXT = "Telemedicine visit by live link; uncomplicated reasoning";

    private Sets() {
    }

    static Descriptor fresh(String code, String text) {
        return Descriptor.of(code, DescriptorAction.NEW, text);
    }

    static Descriptor revised(String code, String currentText, String text) {
        return Descriptor.of(code, DescriptorAction.REVISED, text).withCurrentText(currentText);
    }

    static Descriptor deleted(String code, String currentText, String... notes) {
        return Descriptor.of(code, DescriptorAction.DELETED, "").withCurrentText(currentText).withNotes(List.of(notes));
    }

    static Descriptor childOf(Descriptor parent, String code, String text) {
        return fresh(code, text).withParent(parent.id());
    }

    /** One family holding the descriptors, in order. */
    static DescriptorSet of(Descriptor... descriptors) {
        return new DescriptorSet(List.of(CodeFamily.of("Telemedicine visits", List.of(descriptors))), Set.of());
    }

    static DescriptorSet families(CodeFamily... families) {
        return new DescriptorSet(List.of(families), Set.of());
    }

    static ValidationReport validate(Descriptor... descriptors) {
        return DescriptorValidation.validate(of(descriptors));
    }

    static List<DescriptorRule> rules(ValidationReport report) {
        return report.problems().stream().map(ValidationProblem::rule).toList();
    }

    static List<ValidationProblem> problems(ValidationReport report, DescriptorRule rule) {
        return report.problems().stream().filter(problem -> problem.rule() == rule).toList();
    }
}
