package org.quire.proposal;

import org.quire.workgroup.WorkgroupId;

/**
 * Announced, synchronously, after a proposal's state changed (by a comment period or by the
 * lifecycle), once the change and its timeline entry are stored.
 */
public record ProposalStateChanged(WorkgroupId workgroup, StateChange change) {

    public ProposalId proposal() {
        return change.proposal();
    }
}
