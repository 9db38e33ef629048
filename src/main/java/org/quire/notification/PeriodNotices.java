package org.quire.notification;

import java.time.Clock;
import java.time.Instant;

import org.quire.identity.PersonDirectory;
import org.quire.notification.internal.PeriodNoticeLog;
import org.quire.proposal.CommentPeriod;
import org.quire.proposal.ProposalReaders;
import org.quire.workgroup.ActiveMembers;
import org.quire.workgroup.Membership;
import org.quire.workgroup.WorkgroupRole;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the eligible commenters (COMMENTERs whose organization is in the period's audience) that a
 * comment period opened, and that it closes within {@code quire.notifications.closing-notice}. A
 * sweep, like the one that moves proposal states ({@code PeriodStates}), because periods open and
 * close on their own time; the log of notices sent makes each once-only per person, period and kind.
 */
@Component
class PeriodNotices {

    private final ProposalReaders proposals;
    private final ActiveMembers members;
    private final PersonDirectory people;
    private final PeriodNoticeLog sent;
    private final Notifier notifier;
    private final NotificationSettings settings;
    private final Clock clock;

    PeriodNotices(ProposalReaders proposals, ActiveMembers members, PersonDirectory people, PeriodNoticeLog sent,
            Notifier notifier, NotificationSettings settings, Clock clock) {
        this.proposals = proposals;
        this.members = members;
        this.people = people;
        this.sent = sent;
        this.notifier = notifier;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${quire.notifications.period-notices:0 * * * * *}")
    void sweep() {
        sweep(clock.instant());
    }

    /** As if it were {@code now} (tests look ahead to a period's last 48 hours this way). */
    void sweep(Instant now) {
        for (var period : proposals.periodsEndingSince(now)) {
            if (period.openAt(now)) {
                Notifier.guarded("comment period " + period.id().value(), () -> tellCommenters(period, now));
            }
        }
    }

    private void tellCommenters(CommentPeriod period, Instant now) {
        var proposal = proposals.find(period.proposal()).orElse(null);
        if (proposal == null) {
            return;
        }
        boolean closingSoon = !period.ends().isAfter(now.plus(settings.closingNotice()));
        var commenters = members.of(period.workgroup()).stream()
                .filter(m -> m.role() == WorkgroupRole.COMMENTER).map(Membership::person).toList();
        for (var person : people.findAll(commenters).values()) {
            // not yet readable (the proposal's state follows a moment later): the next sweep tells them
            if (!period.audience().includes(person.organization()) || !proposals.mayRead(person.key(), proposal)) {
                continue;
            }
            var id = period.id().value();
            if (sent.firstTime(id, NotificationKind.COMMENT_PERIOD_OPENED, person.key(), now)) {
                // one notice per event: a period that opens already closing soon says both in one
                if (closingSoon) {
                    sent.firstTime(id, NotificationKind.COMMENT_PERIOD_CLOSING, person.key(), now);
                }
                notifier.tell(person.key(), NotificationKind.COMMENT_PERIOD_OPENED, "A comment period on "
                        + Places.named(proposal) + " is open to you until " + Places.when(period.ends()) + ".",
                        Places.proposal(proposal));
            } else if (closingSoon && sent.firstTime(id, NotificationKind.COMMENT_PERIOD_CLOSING, person.key(), now)) {
                notifier.tell(person.key(), NotificationKind.COMMENT_PERIOD_CLOSING, "The comment period on "
                        + Places.named(proposal) + " closes on " + Places.when(period.ends()) + ".",
                        Places.proposal(proposal));
            }
        }
    }
}
