package org.quire.proposal;

import java.util.List;

import org.quire.shared.PersonKey;

/**
 * A section's text with accepted suggestions applied: revision {@code baseNumber} with the
 * replacements made, crediting {@code suggestedBy} in the revision it becomes.
 */
public record SuggestedText(SectionId section, int baseNumber, String text, List<PersonKey> suggestedBy,
        String summary) {

    public SuggestedText {
        suggestedBy = List.copyOf(suggestedBy);
        if (suggestedBy.isEmpty()) {
            throw new IllegalArgumentException("A suggested text credits who suggested it");
        }
    }
}
