package org.quire.notification;

import java.util.Locale;

import org.quire.lifecycle.StepRequested;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalReaders;
import org.quire.proposal.ProposalState;
import org.quire.proposal.ProposalStateChanged;
import org.quire.workgroup.ActiveMembers;
import org.quire.workgroup.Membership;
import org.quire.workgroup.WorkgroupRole;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a proposal's readers when it moves on (members are asked for their vote when it goes to
 * approval), and STAFF when a member proposes a step. Steps that comment periods take are told by
 * {@link PeriodNotices} already.
 */
@Component
class LifecycleNotices {

    private final Notifier notifier;
    private final ProposalReaders readers;
    private final ActiveMembers members;

    LifecycleNotices(Notifier notifier, ProposalReaders readers, ActiveMembers members) {
        this.notifier = notifier;
        this.readers = readers;
        this.members = members;
    }

    @EventListener
    void on(ProposalStateChanged changed) {
        var change = changed.change();
        if (change.to() == ProposalState.COMMENT_PERIOD || change.from() == ProposalState.COMMENT_PERIOD
                && change.to() == ProposalState.REVISING) {
            return;
        }
        Notifier.guarded("lifecycle step of " + change.proposal().value(), () -> {
            var proposal = readers.find(change.proposal()).orElseThrow();
            var why = change.reason().isBlank() ? "" : " Reason: " + Places.excerpt(change.reason());
            for (var member : members.of(changed.workgroup())) {
                if (member.person().equals(change.by()) || !readers.mayRead(member.person(), proposal)) {
                    continue;
                }
                notifier.tell(member.person(), NotificationKind.LIFECYCLE_STEP, text(proposal, change.to(), member)
                        + why, Places.lifecycle(proposal));
            }
        });
    }

    @EventListener
    void on(StepRequested requested) {
        var request = requested.request();
        Notifier.guarded("step request " + request.id().value(), () -> {
            var proposal = readers.find(request.proposal()).orElseThrow();
            var text = Places.named(proposal) + ": a member proposes \"" + request.to().label() + "\"."
                    + (request.reason().isBlank() ? "" : " Reason: " + Places.excerpt(request.reason()));
            members.of(request.workgroup()).stream().filter(member -> member.role() == WorkgroupRole.STAFF)
                    .forEach(staff -> notifier.tell(staff.person(), NotificationKind.STEP_PROPOSED, text,
                            Places.lifecycle(proposal)));
        });
    }

    private static String text(Proposal proposal, ProposalState to, Membership member) {
        if (to == ProposalState.WORKGROUP_APPROVAL && member.role() == WorkgroupRole.MEMBER) {
            return Places.named(proposal) + " is up for the workgroup's vote: cast yours.";
        }
        return Places.named(proposal) + " is now " + to.label().toLowerCase(Locale.ROOT) + ".";
    }
}
