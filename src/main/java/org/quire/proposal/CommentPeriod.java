package org.quire.proposal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;

/**
 * A window in which COMMENTERs of the audience may comment on and suggest edits to a proposal.
 *
 * @param closes when it closes now (extensions moved it; {@code extensions} keeps each step)
 * @param closedEarly when staff closed it before {@code closes}, if they did
 */
public record CommentPeriod(CommentPeriodId id, ProposalId proposal, WorkgroupId workgroup, Instant opens,
        Instant closes, CommentAudience audience, PersonKey openedBy, Instant openedAt, List<Extension> extensions,
        @Nullable Instant closedEarly) {

    public CommentPeriod {
        extensions = List.copyOf(extensions);
    }

    /** One extension: who moved the close from when to when, and why. */
    public record Extension(Instant from, Instant to, PersonKey by, Instant at, String reason) {
    }

    /** When it ends: its close, or earlier when staff closed it. */
    public Instant ends() {
        return closedEarly != null && closedEarly.isBefore(closes) ? closedEarly : closes;
    }

    public boolean openAt(Instant when) {
        return !when.isBefore(opens) && when.isBefore(ends());
    }

    public boolean over(Instant when) {
        return !when.isBefore(ends());
    }
}
