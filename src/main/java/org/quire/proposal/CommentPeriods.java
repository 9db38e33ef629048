package org.quire.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.proposal.internal.CommentPeriodStore;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupAccess;
import org.quire.workgroup.WorkgroupAction;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Comment periods of a proposal: STAFF open them (now or later), extend and close them; everyone
 * who reads the proposal sees them. Opening and closing move the proposal's state
 * ({@link PeriodStates}). {@link #requireCommentable} is the one rule for who may comment now.
 */
@Service
public class CommentPeriods {

    public static final Duration SHORTEST = Duration.ofHours(1);
    public static final Duration LONGEST = Duration.ofDays(180);
    public static final Duration FURTHEST_AHEAD = Duration.ofDays(365);
    public static final int MAX_REASON = 1_000;

    private final CommentPeriodStore periods;
    private final ProposalAccess proposalAccess;
    private final WorkgroupAccess access;
    private final PeriodStates states;
    private final AuditTrail audit;
    private final Clock clock;

    CommentPeriods(CommentPeriodStore periods, ProposalAccess proposalAccess, WorkgroupAccess access,
            PeriodStates states, AuditTrail audit, Clock clock) {
        this.periods = periods;
        this.proposalAccess = proposalAccess;
        this.access = access;
        this.states = states;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a period from {@code opens} (now, when in the past) to {@code closes}. */
    public CommentPeriod open(ProposalId proposalId, Instant opens, Instant closes, CommentAudience audience) {
        var checked = proposalAccess.toChange(proposalId, WorkgroupAction.MANAGE_COMMENT_PERIODS);
        var proposal = checked.proposal();
        if (!(proposal.state() == ProposalState.DRAFTING || proposal.state() == ProposalState.REVISING
                || proposal.state() == ProposalState.COMMENT_PERIOD)) {
            throw new InputRejected("A proposal in the state \"" + proposal.state().label()
                    + "\" takes no comment period.");
        }
        var now = now();
        var start = opens.isBefore(now) ? now : opens.truncatedTo(ChronoUnit.MILLIS);
        var end = closes.truncatedTo(ChronoUnit.MILLIS);
        checkWindow(start, end, now);
        for (var other : periods.ofProposal(proposalId)) {
            if (start.isBefore(other.ends()) && other.opens().isBefore(end)) {
                throw new InputRejected("This period would overlap the one from " + other.opens() + " to "
                        + other.ends() + ". Extend that one, or start after it closes.");
            }
        }
        var me = checked.person().key();
        var period = periods.insert(new CommentPeriod(new CommentPeriodId("new"), proposalId, proposal.workgroup(),
                start, end, audience, me, now, List.of(), null));
        audit.record(AuditEntry.of(me, "comment-period.opened", proposal.workgroup().value(), "comment-period",
                period.id().value()).withChange(null, start + " to " + end));
        states.sync(proposalId, me);
        return period;
    }

    /** Moves the close later; the period must not be over. */
    public CommentPeriod extend(CommentPeriodId id, Instant closes, String reason) {
        var reasonGiven = reason == null ? "" : reason.strip();
        if (reasonGiven.length() > MAX_REASON) {
            throw new InputRejected("The reason has at most " + MAX_REASON + " characters.");
        }
        return change(id, "comment-period.extended", (period, me, now) -> {
            var end = closes.truncatedTo(ChronoUnit.MILLIS);
            if (!end.isAfter(period.closes())) {
                throw new InputRejected("An extension closes the period later than " + period.closes() + ".");
            }
            checkWindow(period.opens(), end, now);
            var extensions = new ArrayList<>(period.extensions());
            extensions.add(new CommentPeriod.Extension(period.closes(), end, me, now, reasonGiven));
            return new CommentPeriod(period.id(), period.proposal(), period.workgroup(), period.opens(), end,
                    period.audience(), period.openedBy(), period.openedAt(), extensions, null);
        });
    }

    /** Closes the period now (or cancels one that has not opened yet). */
    public CommentPeriod close(CommentPeriodId id) {
        return change(id, "comment-period.closed", (period, me, now) -> new CommentPeriod(period.id(),
                period.proposal(), period.workgroup(), period.opens(), period.closes(), period.audience(),
                period.openedBy(), period.openedAt(), period.extensions(), now));
    }

    /** The proposal's periods, oldest first. */
    public List<CommentPeriod> periods(ProposalId proposalId) {
        proposalAccess.toRead(proposalId);
        return periods.ofProposal(proposalId);
    }

    /** The period open now, if one is. */
    public Optional<CommentPeriod> openNow(ProposalId proposalId) {
        proposalAccess.toRead(proposalId);
        var now = now();
        return periods.ofProposal(proposalId).stream().filter(period -> period.openAt(now)).findFirst();
    }

    /** The periods with what the signed-in person may do about them; asks, never refuses (nothing audited). */
    public CommentPeriodOutlook outlook(ProposalId proposalId) {
        var checked = proposalAccess.toRead(proposalId);
        var me = checked.person();
        var workgroup = checked.proposal().workgroup();
        var all = periods.ofProposal(proposalId);
        var now = now();
        boolean commenter = !access.allows(me, workgroup, WorkgroupAction.COMMENT)
                && access.allows(me, workgroup, WorkgroupAction.COMMENT_IN_PERIOD);
        boolean mayComment = checked.proposal().state().allowsCommenting()
                && (access.allows(me, workgroup, WorkgroupAction.COMMENT) || (commenter && all.stream()
                .anyMatch(period -> period.openAt(now) && period.audience().includes(me.organization()))));
        return new CommentPeriodOutlook(all, now, access.allows(me, workgroup, WorkgroupAction.MANAGE_COMMENT_PERIODS),
                commenter, mayComment);
    }

    /**
     * Refuses (and audits) unless the signed-in person may comment on the proposal now: STAFF and
     * MEMBERs while the proposal is open, COMMENTERs while a period open to their organization runs.
     */
    public void requireCommentable(ProposalId proposalId) {
        var checked = proposalAccess.toRead(proposalId);
        var me = checked.person();
        var workgroup = checked.proposal().workgroup();
        var state = checked.proposal().state();
        access.requireCondition(state.allowsCommenting(), me, workgroup, "comment", "proposal", proposalId.value(),
                "This proposal is " + state.label().toLowerCase(Locale.ROOT) + ": it takes no more comments.");
        if (access.allows(me, workgroup, WorkgroupAction.COMMENT)) {
            return;
        }
        access.require(me, workgroup, WorkgroupAction.COMMENT_IN_PERIOD, "proposal", proposalId.value());
        var now = now();
        boolean open = periods.ofProposal(proposalId).stream()
                .anyMatch(period -> period.openAt(now) && period.audience().includes(me.organization()));
        access.requireCondition(open, me, workgroup, "comment", "proposal", proposalId.value(),
                "Commenting is open only while a comment period open to your organization runs.");
    }

    private CommentPeriod change(CommentPeriodId id, String action, Edit edit) {
        for (int attempt = 1; ; attempt++) {
            var found = periods.find(id).orElseThrow(() -> new NoSuchElementException("There is no such comment period."));
            var period = found.period();
            var checked = proposalAccess.toChange(period.proposal(), WorkgroupAction.MANAGE_COMMENT_PERIODS);
            var now = now();
            if (period.over(now)) {
                throw new InputRejected("This comment period is over; open a new one.");
            }
            var me = checked.person().key();
            var changed = edit.apply(period, me, now);
            try {
                var saved = periods.update(changed, found.version());
                audit.record(AuditEntry.of(me, action, period.workgroup().value(), "comment-period", id.value())
                        .withChange(period.opens() + " to " + period.ends(), saved.opens() + " to " + saved.ends()));
                states.sync(period.proposal(), me);
                return saved;
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == 3) {
                    throw new ConcurrentChange("Others changed this comment period at the same moment. Reload and try again.");
                }
            }
        }
    }

    private static void checkWindow(Instant opens, Instant closes, Instant now) {
        if (!closes.isAfter(opens.plus(SHORTEST).minusMillis(1))) {
            throw new InputRejected("A comment period lasts at least an hour: choose a later close.");
        }
        if (Duration.between(opens, closes).compareTo(LONGEST) > 0) {
            throw new InputRejected("A comment period lasts at most 180 days.");
        }
        if (Duration.between(now, opens).compareTo(FURTHEST_AHEAD) > 0) {
            throw new InputRejected("A comment period opens within a year from now.");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private interface Edit {
        CommentPeriod apply(CommentPeriod period, PersonKey me, Instant now);
    }
}
