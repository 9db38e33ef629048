package org.quire.proposal;

import java.time.Instant;

import org.quire.shared.PersonKey;

/**
 * One step of a proposal's lifecycle, as its timeline shows it.
 *
 * @param by who moved it ({@link PersonKey#SYSTEM} when a comment period opened or closed on its own time)
 * @param reason why, in the mover's words (empty when none was asked for)
 */
public record StateChange(ProposalId proposal, ProposalState from, ProposalState to, PersonKey by, Instant at,
        String reason) {
}
