package org.quire.lifecycle;

import java.time.Instant;

import org.quire.shared.PersonKey;

/**
 * One member's vote as it stands: a changed vote replaces the earlier one (the audit log keeps both).
 *
 * @param note why, in the voter's words (empty when none was given)
 */
public record Vote(PersonKey voter, VoteChoice choice, String note, Instant at) {

    public static final int MAX_NOTE = 2_000;
}
