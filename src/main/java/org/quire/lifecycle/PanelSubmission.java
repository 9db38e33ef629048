package org.quire.lifecycle;

import java.time.Instant;

import org.quire.shared.PersonKey;

/** A proposal's submission to the Panel for a meeting. */
public record PanelSubmission(PanelMeetingId meeting, PersonKey by, Instant at) {
}
