package org.quire.revision;

import java.util.Objects;

/** A run of text a diff kept, inserted or deleted. */
public record DiffSegment(Kind kind, String text) {

    public enum Kind {
        EQUAL, INSERTED, DELETED
    }

    public DiffSegment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
