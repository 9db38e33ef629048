package org.quire.proposal;

import java.time.Clock;
import java.util.ArrayList;

import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.proposal.internal.ReviewReadinessStore;
import org.quire.shared.InputRejected;
import org.quire.workgroup.WorkgroupAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Marking a descriptor set ready for review: refused while validation finds errors (warnings do not
 * block), and only for the revision the person looked at. A later save leaves the mark on the older
 * revision, so the set reads "changed since it was marked ready" until someone marks it again.
 */
@Service
public class DescriptorReview {

    public static final int MAX_ERRORS_LISTED = 20;

    private final DescriptorSetService descriptorSets;
    private final ProposalAccess proposalAccess;
    private final ReviewReadinessStore readiness;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DescriptorReview(DescriptorSetService descriptorSets, ProposalAccess proposalAccess,
            ReviewReadinessStore readiness, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.descriptorSets = descriptorSets;
        this.proposalAccess = proposalAccess;
        this.readiness = readiness;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws InputRejected when the set has errors (listed) or changed since revision {@code revision}
     */
    public ReviewReadiness markReady(ProposalId proposalId, int revision) {
        var checked = proposalAccess.toEdit(proposalId, WorkgroupAction.EDIT_PROPOSAL);
        var current = descriptorSets.read(proposalId);
        if (current.head().number() != revision) {
            throw new InputRejected("The descriptor set changed since you looked at it (revision "
                    + current.head().number() + " now, you saw " + revision + "). Check the changes, then mark it again.");
        }
        var errors = current.report().errors();
        if (!errors.isEmpty()) {
            var problems = new ArrayList<String>();
            problems.add("The descriptor set has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + " to correct before it is ready for review:");
            errors.stream().limit(MAX_ERRORS_LISTED).forEach(problem -> problems.add(problem.message()));
            throw new InputRejected(problems);
        }
        var me = checked.person().key();
        var mark = new ReviewReadiness(revision, me, clock.instant());
        readiness.mark(proposalId, mark);
        record(checked, "descriptors.marked-ready", null, "revision " + revision);
        return mark;
    }

    /** Takes the mark back (nothing happens when there is none). */
    public void withdraw(ProposalId proposalId) {
        var checked = proposalAccess.toEdit(proposalId, WorkgroupAction.EDIT_PROPOSAL);
        var mark = readiness.find(proposalId);
        if (mark.isEmpty()) {
            return;
        }
        readiness.clear(proposalId);
        record(checked, "descriptors.readiness-withdrawn", "revision " + mark.get().revision(), null);
    }

    private void record(ProposalAccess.Checked checked, String action, @Nullable String before,
            @Nullable String after) {
        var me = checked.person().key();
        var proposal = checked.proposal();
        audit.record(AuditEntry.of(me, action, proposal.workgroup().value(), "descriptor-set", proposal.id().value())
                .withChange(before, after));
        events.publishEvent(ProposalChanged.ofProposal(proposal.id(), action, me));
    }
}
