package org.quire.comment;

import org.springframework.stereotype.Service;

/**
 * STAFF's dispositions of commenters' threads (DESIGN.md: the workgroup answers every comment a
 * specialty society makes) and the disposition report built from them.
 */
@Service
public class Dispositions {

    Dispositions() {
    }

    /** Records or changes the disposition of a thread a COMMENTER started, with the response they read. */
    public CommentThread record(ThreadId threadId, DispositionKind kind, String response) {
        throw new UnsupportedOperationException("being built (issue 7)");
    }
}
