package org.quire.identity;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.shared.InputRejected;

/**
 * A conflict-of-interest disclosure: none, or a described financial or proprietary interest. The
 * same statement a person keeps in their profile and gives with each participation request.
 */
public record Disclosure(InterestKind interest, String description) {

    public static final int MAX_DESCRIPTION = 2_000;

    public Disclosure {
        var problems = problemsOf(interest, description);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        description = interest == InterestKind.NONE ? "" : description.strip();
    }

    public static Disclosure none() {
        return new Disclosure(InterestKind.NONE, "");
    }

    /**
     * What is wrong with a disclosure as a form left it (a choice not made arrives as null), in
     * messages fit to show; empty when it is fine.
     */
    public static List<String> problemsOf(@Nullable InterestKind interest, @Nullable String description) {
        var problems = new ArrayList<String>();
        var described = description == null ? "" : description.strip();
        if (interest == null) {
            problems.add("Disclose any conflict of interest, or choose that you have none.");
        } else if (interest != InterestKind.NONE && (described.isEmpty() || described.length() > MAX_DESCRIPTION)) {
            problems.add("Describe the " + interest.label().toLowerCase() + " in 1 to " + MAX_DESCRIPTION
                    + " characters.");
        }
        return problems;
    }

    /** One line, as staff and the audit log read it. */
    public String summary() {
        return interest == InterestKind.NONE ? interest.label() : interest.label() + ": " + description;
    }
}
