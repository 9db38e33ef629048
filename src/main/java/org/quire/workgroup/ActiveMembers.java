package org.quire.workgroup;

import java.util.List;

import org.quire.workgroup.internal.MembershipStore;
import org.springframework.stereotype.Component;

/**
 * A workgroup's active memberships, for work Quire does on its own behalf (notifications from
 * listeners and scheduled jobs, where nobody is signed in). It checks nobody's role, so views never
 * call it (ArchitectureTest); people read members through {@link WorkgroupService#home}.
 */
@Component
public class ActiveMembers {

    private final MembershipStore memberships;

    ActiveMembers(MembershipStore memberships) {
        this.memberships = memberships;
    }

    public List<Membership> of(WorkgroupId workgroup) {
        return memberships.ofWorkgroup(workgroup).stream().filter(Membership::active).toList();
    }
}
