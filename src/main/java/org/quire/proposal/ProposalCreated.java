package org.quire.proposal;

import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;

public record ProposalCreated(ProposalId proposal, WorkgroupId workgroup, String number, PersonKey by) {
}
