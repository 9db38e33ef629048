package org.quire.comment;

import org.quire.proposal.ProposalId;

/**
 * A thread of a proposal was started or changed (a reply, an edit, a resolution, a decision).
 * Published after the thread is stored, so open margins can show it ({@link ThreadUpdates}).
 */
public record ThreadChanged(ThreadId thread, ProposalId proposal) {
}
