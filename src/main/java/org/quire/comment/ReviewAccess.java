package org.quire.comment;

import java.util.Locale;

import org.quire.identity.CurrentPerson;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.WorkgroupAccess;
import org.quire.workgroup.WorkgroupAction;
import org.springframework.stereotype.Service;

/**
 * Tells a page what the signed-in person may do with a proposal's comments, by the same rules the
 * services enforce ({@link CommentPeriods#requireCommentable}, {@link WorkgroupAction}), without
 * auditing a refusal: nothing was attempted yet.
 */
@Service
public class ReviewAccess {

    static final String OUTSIDE_PERIOD =
            "Commenting is open only while a comment period open to your organization runs.";

    private final ProposalService proposals;
    private final CommentPeriods periods;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;

    ReviewAccess(ProposalService proposals, CommentPeriods periods, WorkgroupAccess access,
            CurrentPerson currentPerson) {
        this.proposals = proposals;
        this.periods = periods;
        this.access = access;
        this.currentPerson = currentPerson;
    }

    public ReviewPermissions permissions(ProposalId proposalId) {
        var proposal = proposals.get(proposalId);
        var workgroup = proposal.workgroup();
        var me = currentPerson.require();
        boolean member = access.allows(me, workgroup, WorkgroupAction.COMMENT);
        boolean commenter = access.allows(me, workgroup, WorkgroupAction.COMMENT_IN_PERIOD);
        boolean inPeriod = commenter && periods.openNow(proposalId)
                .filter(period -> period.audience().includes(me.organization()))
                .isPresent();
        boolean comment = proposal.state().allowsCommenting() && (member || inPeriod);
        var whyNot = !proposal.state().allowsCommenting() ? "This proposal is "
                + proposal.state().label().toLowerCase(Locale.ROOT) + ": it takes no more comments."
                : !comment && commenter ? OUTSIDE_PERIOD : null;
        return new ReviewPermissions(comment, whyNot,
                access.allows(me, workgroup, WorkgroupAction.RESOLVE_THREAD),
                access.allows(me, workgroup, WorkgroupAction.DECIDE_SUGGESTIONS),
                access.allows(me, workgroup, WorkgroupAction.RECORD_DISPOSITIONS),
                access.allows(me, workgroup, WorkgroupAction.MARK_BLOCKING));
    }
}
