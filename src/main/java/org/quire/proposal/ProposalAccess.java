package org.quire.proposal;

import java.util.NoSuchElementException;

import org.quire.identity.CurrentPerson;
import org.quire.identity.Person;
import org.quire.proposal.internal.ProposalStore;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.WorkgroupAccess;
import org.quire.workgroup.WorkgroupAction;
import org.springframework.stereotype.Component;

/**
 * Finds a proposal and checks the signed-in person's role in the workgroup that owns it. A
 * proposal the person may not read answers "not found", so guessing ids tells nothing about
 * which exist; the refusal is still audited.
 */
@Component
class ProposalAccess {

    private final ProposalStore proposals;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;

    ProposalAccess(ProposalStore proposals, WorkgroupAccess access, CurrentPerson currentPerson) {
        this.proposals = proposals;
        this.access = access;
        this.currentPerson = currentPerson;
    }

    record Checked(Person person, Proposal proposal) {
    }

    Checked toRead(ProposalId id) {
        var me = currentPerson.require();
        var proposal = proposals.find(id).orElseThrow(ProposalAccess::notFound);
        try {
            access.require(me, proposal.workgroup(), readAction(proposal), "proposal", id.value());
        } catch (AccessRefused refused) {
            throw notFound();
        }
        return new Checked(me, proposal);
    }

    /** Reading first (not-found for outsiders), then the action itself (refused, with its reason). */
    Checked toChange(ProposalId id, WorkgroupAction action) {
        var checked = toRead(id);
        access.require(checked.person(), checked.proposal().workgroup(), action, "proposal", id.value());
        return checked;
    }

    /** As {@link #toChange}, and refused (audited) while the proposal's state freezes its text. */
    Checked toEdit(ProposalId id, WorkgroupAction action) {
        var checked = toChange(id, action);
        var state = checked.proposal().state();
        access.requireCondition(state.allowsEditing(), checked.person(), checked.proposal().workgroup(),
                "change the text", "proposal", id.value(), state.frozenReason());
        return checked;
    }

    boolean mayDo(Person person, Proposal proposal, WorkgroupAction action) {
        return access.allows(person, proposal.workgroup(), action);
    }

    static WorkgroupAction readAction(Proposal proposal) {
        return proposal.openedForComment() ? WorkgroupAction.READ_OPENED_PROPOSAL : WorkgroupAction.READ_PROPOSAL_DRAFT;
    }

    private static NoSuchElementException notFound() {
        return new NoSuchElementException("There is no such proposal, or it is not open to you.");
    }
}
