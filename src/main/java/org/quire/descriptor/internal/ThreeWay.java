package org.quire.descriptor.internal;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The rule every part of a merge follows: take the side that changed something from the base; when
 * both changed it alike, that is no conflict; when they changed it differently, keep mine and say so.
 */
public enum ThreeWay {

    THEIRS, MINE, CONFLICT;

    public static ThreeWay of(@Nullable Object base, @Nullable Object theirs, @Nullable Object mine) {
        if (Objects.equals(theirs, base) || Objects.equals(theirs, mine)) {
            return MINE;
        }
        return Objects.equals(mine, base) ? THEIRS : CONFLICT;
    }

    public <V> V pick(V theirs, V mine) {
        return this == THEIRS ? theirs : mine;
    }
}
