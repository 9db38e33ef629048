package org.quire.comment;

public enum ThreadStatus {
    OPEN, RESOLVED
}
