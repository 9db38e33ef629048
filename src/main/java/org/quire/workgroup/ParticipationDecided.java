package org.quire.workgroup;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * Staff approved or declined a participation request; published after the decision is stored, so
 * the requester can be told.
 *
 * @param status {@link ParticipationStatus#APPROVED} or {@link ParticipationStatus#DECLINED}
 * @param role the role granted, when approved
 * @param reason the reason given, when declined
 */
public record ParticipationDecided(ParticipationRequestId request, PersonKey requester, Workgroup workgroup,
        ParticipationStatus status, @Nullable WorkgroupRole role, @Nullable String reason, PersonKey decidedBy) {

    public boolean approved() {
        return status == ParticipationStatus.APPROVED;
    }
}
