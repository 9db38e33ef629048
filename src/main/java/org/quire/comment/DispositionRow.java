package org.quire.comment;

import org.jspecify.annotations.Nullable;

/**
 * One commenter's thread as the disposition report lists it.
 *
 * @param organization the commenter's organization when they started the thread (their profile's now, if it was not kept)
 * @param place the section's title, {@code Descriptor 99X01}, or {@code Whole proposal}
 * @param quote the passage as it read when the thread was started (empty for descriptors and the whole proposal)
 * @param comment the thread's first comment
 */
public record DispositionRow(CommentThread thread, String organization, String commenter, String place, String quote,
        String comment) {

    public static final String WHOLE_PROPOSAL = "Whole proposal";

    public @Nullable Disposition disposition() {
        return thread.disposition();
    }

    public boolean disposed() {
        return thread.disposition() != null;
    }

    /** The disposition's label, or empty while there is none. */
    public String dispositionLabel() {
        var disposition = thread.disposition();
        return disposition == null ? "" : disposition.kind().label();
    }

    public String response() {
        var disposition = thread.disposition();
        return disposition == null ? "" : disposition.response();
    }

    /** The revision that carries the resulting change, when there is one. */
    public @Nullable Integer revision() {
        var disposition = thread.disposition();
        return disposition == null ? null : disposition.revision();
    }
}
