package org.quire.proposal;

import org.quire.shared.PersonKey;

/** Announced after any change to a proposal (its sections, their order or text), for open views. */
public record ProposalChanged(ProposalId proposal, String change, PersonKey by) {
}
