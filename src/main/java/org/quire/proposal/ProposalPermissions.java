package org.quire.proposal;

/** What the signed-in person may do to one proposal (the service checks again on every call). */
public record ProposalPermissions(boolean edit, boolean restore) {
}
