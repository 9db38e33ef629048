package org.quire.workgroup.matrix;

import java.time.LocalDate;

import org.quire.lifecycle.NewPanelMeeting;
import org.quire.lifecycle.PanelMeetings;
import org.quire.lifecycle.VoteChoice;
import org.quire.lifecycle.Votes;

/** Brings a fixture's proposal under workgroup approval to where STAFF may submit it. */
final class LifecycleArrangements {

    private LifecycleArrangements() {
    }

    /** The member approves and STAFF decide the vote; a Panel meeting is chosen whose deadline is months ahead. */
    static void readyForSubmission(Fixture fixture) {
        var id = fixture.proposal().id();
        fixture.as(Persona.MEMBER, () -> fixture.bean(Votes.class).cast(id, VoteChoice.APPROVE, "Ready."));
        fixture.as(Persona.STAFF, () -> {
            fixture.bean(Votes.class).decide(id);
            var meetings = fixture.bean(PanelMeetings.class);
            var meeting = meetings.schedule(fixture.workgroupId(), NewPanelMeeting.computed(
                    "CPT Editorial Panel, in seven months", LocalDate.now().plusMonths(7), "Chicago"));
            return meetings.target(id, meeting.id());
        });
    }
}
