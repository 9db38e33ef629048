package org.quire.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A proposal's comment periods as the signed-in person sees them, for the deadline shown on its
 * pages: the periods (oldest first), the moment they were read, and what the person may do.
 *
 * @param manage whether they may open, extend and close periods (STAFF)
 * @param commenter whether they take part as a COMMENTER (commenting only in periods open to them)
 * @param mayComment whether they may comment now
 */
public record CommentPeriodOutlook(List<CommentPeriod> periods, Instant now, boolean manage, boolean commenter,
        boolean mayComment) {

    public CommentPeriodOutlook {
        periods = List.copyOf(periods);
    }

    public Optional<CommentPeriod> open() {
        return periods.stream().filter(period -> period.openAt(now)).findFirst();
    }

    /** The next period that has not opened yet. */
    public Optional<CommentPeriod> next() {
        return periods.stream().filter(period -> now.isBefore(period.opens()) && !period.over(now)).findFirst();
    }

    /** The period that ended last, if any has. */
    public Optional<CommentPeriod> last() {
        return periods.stream().filter(period -> period.over(now) && !now.isBefore(period.opens()))
                .reduce((earlier, later) -> later);
    }
}
