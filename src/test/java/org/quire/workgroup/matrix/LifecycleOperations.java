package org.quire.workgroup.matrix;

import static org.quire.workgroup.matrix.Operation.of;
import static org.quire.workgroup.matrix.Persona.MEMBER;
import static org.quire.workgroup.matrix.Persona.OBSERVER;
import static org.quire.workgroup.matrix.Persona.STAFF;

import java.util.List;

import org.quire.lifecycle.Lifecycle;
import org.quire.lifecycle.StepRequestId;
import org.quire.lifecycle.StepRequests;
import org.quire.proposal.ProposalState;

/**
 * The lifecycle's steps on the fixture's draft proposal: withdrawing it is a step STAFF take and
 * members may propose. Every step in every state is tried in LifecycleStepsIT.
 */
final class LifecycleOperations {

    private static final Persona[] READERS = {STAFF, MEMBER, OBSERVER};

    private LifecycleOperations() {
    }

    static List<Operation> all() {
        return List.of(
                of("Lifecycle.outlook(ProposalId)", f -> f.bean(Lifecycle.class).outlook(f.proposal().id()), READERS),
                of("Lifecycle.move(ProposalId, ProposalState, String)", f -> f.bean(Lifecycle.class)
                        .move(f.proposal().id(), ProposalState.WITHDRAWN, "Folded into another proposal."), STAFF),
                of("StepRequests.request(ProposalId, ProposalState, String)", f -> f.bean(StepRequests.class)
                        .request(f.proposal().id(), ProposalState.WITHDRAWN, "Folded into another proposal."),
                        STAFF, MEMBER),
                of("StepRequests.decline(StepRequestId, String)", f -> f.bean(StepRequests.class)
                        .decline(stepRequest(f), "We keep it for now."), STAFF)
                        .arranging(LifecycleOperations::stepRequest));
    }

    /** A member's standing proposal to withdraw the fixture's proposal. */
    static StepRequestId stepRequest(Fixture fixture) {
        return fixture.once("step request", () -> fixture.as(Persona.MEMBER, () -> fixture.bean(StepRequests.class)
                .request(fixture.proposal().id(), ProposalState.WITHDRAWN, "Folded into another proposal.").id()));
    }
}
