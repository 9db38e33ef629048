package org.quire.lifecycle;

import java.time.Instant;

import org.quire.shared.PersonKey;

/** The Panel's outcome for a proposal at a meeting, as STAFF recorded it. */
public record PanelDecision(PanelMeetingId meeting, PanelOutcome outcome, String notes, PersonKey by, Instant at) {

    public static final int MAX_NOTES = 4_000;
}
