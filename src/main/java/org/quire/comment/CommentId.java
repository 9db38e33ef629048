package org.quire.comment;

import java.util.Objects;
import java.util.UUID;

/** A comment's id within its thread. */
public record CommentId(String value) {

    public CommentId {
        Objects.requireNonNull(value, "value");
    }

    public static CommentId random() {
        return new CommentId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
