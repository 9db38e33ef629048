package org.quire.workgroup;

import org.quire.shared.PersonKey;

public record Membership(WorkgroupId workgroupId, PersonKey person, WorkgroupRole role, MembershipStatus status) {

    public boolean active() {
        return status == MembershipStatus.ACTIVE;
    }
}
