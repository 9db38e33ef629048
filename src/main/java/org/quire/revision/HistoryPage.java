package org.quire.revision;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Revisions newest first; pass {@code nextBefore} to get the next older page (null: no more). */
public record HistoryPage(List<Revision> revisions, @Nullable Integer nextBefore) {

    public HistoryPage {
        revisions = List.copyOf(revisions);
    }
}
