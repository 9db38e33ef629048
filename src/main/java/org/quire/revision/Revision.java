package org.quire.revision;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * One saved state of a text. {@code baseNumber} is the revision its author started from (0 for
 * the first); when it is older than the previous revision, the save was merged with the revisions
 * in between. {@code length} counts characters (UTF-16 units, as the editor does);
 * {@code lengthChange} is against the previous revision. {@code contentHash} is the SHA-256 of the
 * text in UTF-8, hex. {@code suggestedBy} are the people whose suggested edits the author accepted
 * in this revision (empty for an ordinary save, and for revisions stored before it existed).
 */
public record Revision(
        DocumentId document,
        int number,
        PersonKey author,
        Instant at,
        String summary,
        int baseNumber,
        String contentHash,
        int length,
        int lengthChange,
        @Nullable Integer restoredFrom,
        List<PersonKey> suggestedBy) {

    /** A revision that credits nobody's suggestions. */
    public Revision(DocumentId document, int number, PersonKey author, Instant at, String summary, int baseNumber,
            String contentHash, int length, int lengthChange, @Nullable Integer restoredFrom) {
        this(document, number, author, at, summary, baseNumber, contentHash, length, lengthChange, restoredFrom,
                List.of());
    }

    public Revision {
        suggestedBy = suggestedBy == null ? List.of() : List.copyOf(suggestedBy);
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(contentHash, "contentHash");
        if (number < 1 || baseNumber < 0 || baseNumber >= number) {
            throw new IllegalArgumentException("Revision " + number + " cannot have base " + baseNumber);
        }
    }

    /** Whether this save merged in revisions its author had not seen. */
    public boolean merged() {
        return baseNumber > 0 && baseNumber < number - 1;
    }
}
