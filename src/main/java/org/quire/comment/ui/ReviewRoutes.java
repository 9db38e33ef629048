package org.quire.comment.ui;

import org.quire.proposal.ProposalId;
import org.quire.proposal.SectionId;

/**
 * The addresses the margin links to: the same as the proposal views' own routes (whose class is
 * private to their package). Relative, as Flow resolves links against its {@code <base>}.
 */
final class ReviewRoutes {

    private ReviewRoutes() {
    }

    static String proposal(ProposalId id) {
        return "proposals/" + id.value();
    }

    static String sectionRevision(ProposalId id, SectionId section, int revision) {
        return proposal(id) + "/sections/" + section.value() + "/revisions/" + revision;
    }
}
