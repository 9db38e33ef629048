package org.quire.proposal.ui;

import org.quire.descriptor.CodeFamilyId;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.ValidationProblem;

/**
 * Names for the fields of the descriptor form, used as their element ids and to put a problem, a
 * refused input or a summary link on the right field. Ids are letters, digits, '-' and '_', so the
 * names are valid element ids.
 */
final class DescriptorFieldKeys {

    static final String EXTERNAL_CODES = "external-codes";

    private DescriptorFieldKeys() {
    }

    static String of(DescriptorId id, DescriptorField field) {
        return switch (field) {
            case CODE, PARENT -> "code-" + id.value();
            case ACTION -> "action-" + id.value();
            case TEXT -> "text-" + id.value();
            case CURRENT_TEXT -> "current-" + id.value();
            case FLAGS -> "flags-" + id.value();
            case NOTES -> "notes-" + id.value();
            case FAMILY_NAME -> "code-" + id.value();
        };
    }

    static String familyName(CodeFamilyId id) {
        return "family-name-" + id.value();
    }

    /** The field a problem belongs next to: a family's name, or a descriptor's field. */
    static String of(ValidationProblem problem) {
        var descriptor = problem.descriptor();
        return descriptor == null ? familyName(problem.family()) : of(descriptor, problem.field());
    }
}
