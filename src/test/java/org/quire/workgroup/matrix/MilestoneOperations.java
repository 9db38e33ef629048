package org.quire.workgroup.matrix;

import static org.quire.workgroup.matrix.Operation.of;
import static org.quire.workgroup.matrix.Persona.MEMBER;
import static org.quire.workgroup.matrix.Persona.OBSERVER;
import static org.quire.workgroup.matrix.Persona.STAFF;

import java.util.List;

import org.quire.lifecycle.MilestoneId;
import org.quire.lifecycle.Milestones;

/** The lifecycle module's milestone operations (DD012): readers read and compare, STAFF and members make one. */
final class MilestoneOperations {

    private static final Persona[] READERS = {STAFF, MEMBER, OBSERVER};

    private MilestoneOperations() {
    }

    static List<Operation> all() {
        return List.of(
                of("Milestones.list(ProposalId)", f -> f.bean(Milestones.class).list(f.proposal().id()), READERS),
                of("Milestones.get(MilestoneId)", f -> f.bean(Milestones.class).get(milestone(f)), READERS)
                        .arranging(MilestoneOperations::milestone),
                of("Milestones.mayCapture(ProposalId)", f -> f.bean(Milestones.class).mayCapture(f.proposal().id()),
                        READERS),
                of("Milestones.capture(ProposalId, String)", f -> f.bean(Milestones.class)
                        .capture(f.proposal().id(), "Before the vignette rewrite"), STAFF, MEMBER),
                of("Milestones.content(MilestoneId)", f -> f.bean(Milestones.class).content(milestone(f)), READERS)
                        .arranging(MilestoneOperations::milestone),
                of("Milestones.compare(MilestoneId, MilestoneId)", f -> f.bean(Milestones.class)
                        .compare(milestone(f), null), READERS)
                        .arranging(MilestoneOperations::milestone));
    }

    /** A milestone of the fixture's proposal, made by hand by staff. */
    static MilestoneId milestone(Fixture fixture) {
        return fixture.once("milestone", () -> fixture.as(Persona.STAFF, () -> fixture.bean(Milestones.class)
                .capture(fixture.proposal().id(), "First draft").id()));
    }
}
