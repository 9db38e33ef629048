package org.quire.lifecycle;

import java.time.Clock;
import java.util.NoSuchElementException;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.CurrentPerson;
import org.quire.lifecycle.internal.StepRequestStore;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalState;
import org.quire.shared.InputRejected;
import org.quire.workgroup.WorkgroupAccess;
import org.quire.workgroup.WorkgroupAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Members propose lifecycle steps; STAFF take them ({@link Lifecycle#move}, which marks the request
 * taken) or decline them with an answer.
 */
@Service
public class StepRequests {

    private final StepRequestStore requests;
    private final ProposalService proposals;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StepRequests(StepRequestStore requests, ProposalService proposals, WorkgroupAccess access,
            CurrentPerson currentPerson, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.proposals = proposals;
        this.access = access;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Proposes the step to {@code to} from where the proposal stands; one standing request per step. */
    public StepRequest request(ProposalId id, ProposalState to, String reason) {
        var proposal = proposals.get(id);
        var me = currentPerson.require();
        access.require(me, proposal.workgroup(), WorkgroupAction.REQUEST_TRANSITION, "proposal", id.value());
        var step = LifecycleStep.between(proposal.state(), to)
                .filter(found -> found.how() == LifecycleStep.How.BY_STAFF)
                .orElseThrow(() -> new InputRejected("\"" + to.label() + "\" is not a step STAFF take from \""
                        + proposal.state().label() + "\"."));
        var given = Lifecycle.reasonFor(step, reason);
        boolean standing = requests.ofProposal(id).stream().map(StepRequestStore.Versioned::request)
                .anyMatch(r -> r.status() == StepRequest.Status.PENDING && r.from() == step.from() && r.to() == to);
        if (standing) {
            throw new InputRejected("\"" + step.label() + "\" is already proposed; STAFF will take it or answer.");
        }
        var saved = requests.insert(new StepRequest(new StepRequestId("new"), id, proposal.workgroup(), step.from(),
                to, given, me.key(), clock.instant(), StepRequest.Status.PENDING, null, null, ""));
        audit.record(AuditEntry.of(me.key(), "lifecycle.step-requested", proposal.workgroup().value(), "proposal",
                id.value()).withChange(step.from().name(), to.name()));
        events.publishEvent(new StepRequested(saved));
        return saved;
    }

    /** STAFF turn a standing request down, saying why. */
    public StepRequest decline(StepRequestId id, String answer) {
        var versioned = requests.find(id).orElseThrow(() -> new NoSuchElementException("There is no such request."));
        var request = versioned.request();
        proposals.get(request.proposal());
        var me = currentPerson.require();
        access.require(me, request.workgroup(), WorkgroupAction.MOVE_PROPOSAL, "step-request", id.value());
        var given = answer == null ? "" : answer.strip();
        if (given.isEmpty() || given.length() > Lifecycle.MAX_REASON) {
            throw new InputRejected("Say why, in 1 to " + Lifecycle.MAX_REASON + " characters.");
        }
        if (request.status() != StepRequest.Status.PENDING) {
            throw new InputRejected("This request was already decided.");
        }
        try {
            var saved = requests.update(new StepRequestStore.Versioned(new StepRequest(request.id(),
                    request.proposal(), request.workgroup(), request.from(), request.to(), request.reason(),
                    request.by(), request.at(), StepRequest.Status.DECLINED, me.key(), clock.instant(), given),
                    versioned.version()));
            audit.record(AuditEntry.of(me.key(), "lifecycle.step-request-declined", request.workgroup().value(),
                    "step-request", id.value()).withChange(null, given));
            return saved;
        } catch (OptimisticLockingFailureException concurrent) {
            throw new InputRejected("Someone decided this request at the same moment. Look at it again.");
        }
    }
}
