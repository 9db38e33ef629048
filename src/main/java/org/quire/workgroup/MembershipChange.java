package org.quire.workgroup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * One entry of a member's history: who changed what, when, and why. {@code fromRole} and
 * {@code fromStatus} are null for the first time a person joins the workgroup.
 */
public record MembershipChange(WorkgroupId workgroupId, PersonKey person, Instant at, PersonKey by, String byName,
        Kind kind, @Nullable WorkgroupRole fromRole, WorkgroupRole toRole, @Nullable MembershipStatus fromStatus,
        MembershipStatus toStatus, String reason) {

    public enum Kind {
        JOINED("Joined"),
        ROLE_CHANGED("Role changed"),
        SUSPENDED("Suspended"),
        REINSTATED("Reinstated"),
        REMOVED("Removed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
