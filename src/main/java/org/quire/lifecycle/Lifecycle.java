package org.quire.lifecycle;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.quire.identity.CurrentPerson;
import org.quire.lifecycle.internal.StepRequestStore;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalState;
import org.quire.proposal.ProposalStates;
import org.quire.proposal.StateChange;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupAccess;
import org.quire.workgroup.WorkgroupAction;
import org.springframework.stereotype.Service;

/**
 * Where a proposal stands and the steps STAFF take it through ({@link LifecycleStep}); every step
 * is checked here against the caller's role, the step table and what blocks it ({@link ApprovalGate}).
 */
@Service
public class Lifecycle {

    public static final int MAX_REASON = 1_000;

    private final ProposalService proposals;
    private final ProposalStates states;
    private final CommentPeriods periods;
    private final ApprovalGate gate;
    private final PanelMeetings meetings;
    private final StepRequestStore requests;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final Clock clock;

    Lifecycle(ProposalService proposals, ProposalStates states, CommentPeriods periods, ApprovalGate gate,
            PanelMeetings meetings, StepRequestStore requests, WorkgroupAccess access, CurrentPerson currentPerson,
            Clock clock) {
        this.proposals = proposals;
        this.states = states;
        this.periods = periods;
        this.gate = gate;
        this.meetings = meetings;
        this.requests = requests;
        this.access = access;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /** The steps from here as the signed-in person may take or propose them, with the timeline. */
    public LifecycleOutlook outlook(ProposalId id) {
        var proposal = proposals.get(id);
        var me = currentPerson.require();
        boolean mayMove = access.allows(me, proposal.workgroup(), WorkgroupAction.MOVE_PROPOSAL);
        boolean mayRequest = !mayMove && access.allows(me, proposal.workgroup(), WorkgroupAction.REQUEST_TRANSITION)
                && proposal.state().isOpen();
        var next = LifecycleStep.from(proposal.state()).stream().map(step -> {
            var blockers = gate.blockers(proposal, step);
            boolean byStaff = step.how() == LifecycleStep.How.BY_STAFF;
            return new NextStep(step, mayMove && byStaff && blockers.isEmpty(), mayRequest && byStaff, blockers);
        }).toList();
        var pending = requests.ofProposal(id).stream().map(StepRequestStore.Versioned::request)
                .filter(request -> request.status() == StepRequest.Status.PENDING
                        && request.from() == proposal.state())
                .toList();
        return new LifecycleOutlook(proposal, next, pending, states.timeline(id), mayMove);
    }

    /**
     * Takes the step to {@code to}: STAFF only, a step of the table taken on this page, nothing
     * blocking it. Refusals change nothing.
     */
    public StateChange move(ProposalId id, ProposalState to, String reason) {
        var proposal = proposals.get(id);
        var me = currentPerson.require();
        access.require(me, proposal.workgroup(), WorkgroupAction.MOVE_PROPOSAL, "proposal", id.value());
        var step = LifecycleStep.between(proposal.state(), to).orElseThrow(() -> new InputRejected(
                "A proposal that is \"" + proposal.state().label() + "\" cannot become \"" + to.label() + "\"."));
        switch (step.how()) {
            case BY_COMMENT_PERIOD -> throw new InputRejected(
                    "This step is taken by opening or closing a comment period, on the comment periods page.");
            case BY_OUTCOME -> throw new InputRejected(
                    "This step is taken by recording the Panel's outcome for the meeting the proposal went to.");
            case BY_STAFF -> {
            }
        }
        var given = reasonFor(step, reason);
        var blockers = gate.blockers(proposal, step);
        if (!blockers.isEmpty()) {
            throw new InputRejected("\"" + step.label() + "\" is blocked: " + blockers.stream().limit(3)
                    .map(Blocker::text).collect(Collectors.joining("; ")) + (blockers.size() > 3 ? "; …" : "") + ".");
        }
        var change = states.move(id, step.from(), to, me.key(), given);
        if (to == ProposalState.SUBMITTED) {
            meetings.submitted(id, me.key());
        }
        if (to == ProposalState.WITHDRAWN) {
            endPeriods(id);
        }
        markTaken(id, step, me.key());
        return change;
    }

    static String reasonFor(LifecycleStep step, String reason) {
        var given = reason == null ? "" : reason.strip();
        if (given.length() > MAX_REASON) {
            throw new InputRejected("The reason has at most " + MAX_REASON + " characters.");
        }
        if (given.isEmpty() && step.needsReason()) {
            throw new InputRejected("Say why: \"" + step.label() + "\" needs a reason on the timeline.");
        }
        return given;
    }

    /** A withdrawn proposal takes no comments: periods running or planned end now. */
    private void endPeriods(ProposalId id) {
        var now = clock.instant();
        periods.periods(id).stream().filter(period -> !period.over(now)).forEach(period -> periods.close(period.id()));
    }

    private void markTaken(ProposalId id, LifecycleStep step, PersonKey by) {
        var now = clock.instant();
        List<StepRequestStore.Versioned> standing = requests.ofProposal(id).stream()
                .filter(v -> v.request().status() == StepRequest.Status.PENDING && v.request().from() == step.from())
                .toList();
        for (var versioned : standing) {
            var r = versioned.request();
            boolean taken = r.to() == step.to();
            requests.update(new StepRequestStore.Versioned(new StepRequest(r.id(), r.proposal(), r.workgroup(),
                    r.from(), r.to(), r.reason(), r.by(), r.at(),
                    taken ? StepRequest.Status.TAKEN : StepRequest.Status.DECLINED, by, now,
                    taken ? "" : "Overtaken: the proposal became \"" + step.to().label() + "\"."), versioned.version()));
        }
    }
}
