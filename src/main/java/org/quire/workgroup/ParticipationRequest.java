package org.quire.workgroup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * A person's request to participate in a workgroup and what became of it. {@code grantedRole} is
 * set once approved (it may differ from the role asked); {@code declineReason} once declined.
 */
public record ParticipationRequest(ParticipationRequestId id, WorkgroupId workgroupId, PersonKey person,
        String personName, NewParticipationRequest details, ParticipationStatus status, Instant requestedAt,
        @Nullable WorkgroupRole grantedRole, @Nullable String declineReason, @Nullable Instant decidedAt) {

    public boolean pending() {
        return status == ParticipationStatus.PENDING;
    }

    /** One line for the audit log. */
    public String summary() {
        return switch (status) {
            case PENDING -> "PENDING, asked " + details.roleAsked().name();
            case APPROVED -> "APPROVED as " + (grantedRole == null ? "?" : grantedRole.name());
            case DECLINED -> "DECLINED: " + declineReason;
            case WITHDRAWN -> "WITHDRAWN";
        };
    }
}
