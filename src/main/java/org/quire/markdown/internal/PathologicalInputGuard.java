package org.quire.markdown.internal;

import org.quire.shared.InputRejected;

public final class PathologicalInputGuard {

    private final int maxBytes;

    public PathologicalInputGuard(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public void check(String markdown) {
        if (markdown.length() > maxBytes) {
            throw new InputRejected("too long");
        }
    }
}
