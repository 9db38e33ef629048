package org.quire.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * One comment of a thread, in Markdown. A deleted comment keeps its place, author and time with its
 * text removed, so the thread still reads as it happened.
 */
public record Comment(CommentId id, PersonKey author, Instant at, String text, @Nullable Instant editedAt,
        @Nullable Instant deletedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }

    Comment edited(String newText, Instant when) {
        return new Comment(id, author, at, newText, when, null);
    }

    Comment deletedAt(Instant when) {
        return new Comment(id, author, at, "", editedAt, when);
    }
}
