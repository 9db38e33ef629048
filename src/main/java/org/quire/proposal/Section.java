package org.quire.proposal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.quire.revision.DocumentId;
import org.quire.shared.PersonKey;

/**
 * One section of a proposal; its Markdown text is the revisioned document {@link #document()}.
 * A removed section stays in the proposal, marked, so its removal can be undone.
 */
public record Section(SectionId id, SectionKind kind, String title, @Nullable Removal removal) {

    public static final int MAX_TITLE = 120;

    public record Removal(PersonKey by, Instant at) {
    }

    public boolean removed() {
        return removal != null;
    }

    public DocumentId document() {
        return new DocumentId("section:" + id.value());
    }

    Section renamed(String newTitle) {
        return new Section(id, kind, newTitle, removal);
    }

    Section withRemoval(@Nullable Removal newRemoval) {
        return new Section(id, kind, title, newRemoval);
    }
}
