package org.quire.descriptor;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One broken convention, with a message that names the descriptor (by code) and says what to do.
 *
 * @param descriptor the descriptor the field belongs to; null for a family's own field
 * @param family the family the descriptor or field is in
 */
public record ValidationProblem(DescriptorRule rule, @Nullable DescriptorId descriptor, CodeFamilyId family,
        DescriptorField field, String message) {

    public ValidationProblem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public Severity severity() {
        return rule.severity();
    }

    public String ruleId() {
        return rule.id();
    }
}
