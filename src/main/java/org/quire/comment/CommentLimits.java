package org.quire.comment;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.quire.shared.InputRejected;

/** What a comment may hold. */
public final class CommentLimits {

    /** 16 KB of UTF-8: several pages of prose, far below what a thread document can hold. */
    public static final int MAX_COMMENT_BYTES = 16 * 1024;
    /** Comments in one thread: beyond this a discussion belongs in a new thread. */
    public static final int MAX_COMMENTS = 300;

    private CommentLimits() {
    }

    /** The comment stripped of surrounding blank space; refused when empty or too long. */
    static String checked(String text) {
        var stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new InputRejected("Write something first: the comment is empty.");
        }
        int bytes = stripped.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_COMMENT_BYTES) {
            throw new InputRejected(String.format(Locale.ROOT,
                    "The comment is %,d bytes long; at most %,d are allowed (about 16,000 characters). "
                            + "Shorten it or split it into two comments.", bytes, MAX_COMMENT_BYTES));
        }
        return stripped;
    }
}
