package org.quire.workgroup;

import java.util.EnumSet;
import java.util.Set;

import org.quire.shared.InputRejected;

/** Limits of what staff decide on a participation request. */
public final class ParticipationDecision {

    public static final int MAX_REASON = 2_000;
    /** STAFF is named by an administrator, never granted through a request. */
    public static final Set<WorkgroupRole> ROLES_TO_GRANT =
            EnumSet.of(WorkgroupRole.MEMBER, WorkgroupRole.COMMENTER, WorkgroupRole.OBSERVER);

    private ParticipationDecision() {
    }

    static void checkRole(WorkgroupRole role) {
        if (!ROLES_TO_GRANT.contains(role)) {
            throw new InputRejected("A request can make a person a member, commenter or observer.");
        }
    }

    static String checkReason(String reason) {
        var stripped = reason.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_REASON) {
            throw new InputRejected("Give the reason for declining in 1 to " + MAX_REASON
                    + " characters; the person will read it.");
        }
        return stripped;
    }
}
