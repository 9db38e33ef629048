package org.quire.comment;

import org.jspecify.annotations.Nullable;

/**
 * What the signed-in person may do with a proposal's comments, for showing the right controls (the
 * services check again on every call).
 *
 * @param comment start threads, reply and suggest edits now
 * @param whyNotComment why not, for someone who could comment at another time (a commenter outside a period)
 * @param resolveAny resolve and reopen anyone's thread (everyone may their own)
 * @param decideSuggestions accept or reject suggested edits
 * @param recordDispositions record dispositions of commenters' threads
 * @param markBlocking mark open threads as blocking workgroup approval, and lift the mark
 */
public record ReviewPermissions(boolean comment, @Nullable String whyNotComment, boolean resolveAny,
        boolean decideSuggestions, boolean recordDispositions, boolean markBlocking) {
}
