package org.quire.workgroup.matrix;

/** What a call by one persona is expected to do. */
enum Outcome {
    /** Returns normally. */
    ALLOWED,
    /** The access policy refuses (or answers "not found" to hide the object), audits it, changes nothing. */
    REFUSED,
    /** A rule of the workgroup refuses it with a message (say, asking to join a workgroup one is in); changes nothing. */
    REJECTED
}
