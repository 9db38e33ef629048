package org.quire.workgroup;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.shared.InputRejected;

/** Every change staff make to a membership carries a written reason; it is kept in the history. */
public final class MembershipReason {

    public static final int MAX_LENGTH = 1_000;

    private MembershipReason() {
    }

    /** The problem with a reason as typed, fit to show next to the field; empty when it is fine. */
    public static Optional<String> problemOf(@Nullable String reason) {
        var stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty()) {
            return Optional.of("Give a reason: it is kept in the member's history and the audit log.");
        }
        if (stripped.length() > MAX_LENGTH) {
            return Optional.of("Keep the reason to " + String.format(Locale.ENGLISH, "%,d", MAX_LENGTH) + " characters; it has "
                    + String.format(Locale.ENGLISH, "%,d", stripped.length()) + ".");
        }
        return Optional.empty();
    }

    static String check(String reason) {
        problemOf(reason).ifPresent(problem -> {
            throw new InputRejected(problem);
        });
        return reason.strip();
    }
}
