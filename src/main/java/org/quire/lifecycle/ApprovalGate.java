package org.quire.lifecycle;

import java.util.ArrayList;
import java.util.List;

import org.quire.comment.CommentThread;
import org.quire.comment.CommentThreads;
import org.quire.descriptor.ValidationProblem;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.Proposal;
import org.springframework.stereotype.Component;

/**
 * What keeps a proposal from a step: for workgroup approval, errors in its descriptor set and open
 * threads marked blocking; for submission, an undecided or failed vote and a missing or missed
 * Panel meeting. Read through the services that check the caller may read the proposal.
 */
@Component
class ApprovalGate {

    /** A long list helps nobody: the first ones, then a count. */
    static final int MAX_LISTED = 20;

    private final DescriptorSetService descriptorSets;
    private final CommentThreads threads;
    private final Votes votes;
    private final PanelMeetings meetings;

    ApprovalGate(DescriptorSetService descriptorSets, CommentThreads threads, Votes votes, PanelMeetings meetings) {
        this.descriptorSets = descriptorSets;
        this.threads = threads;
        this.votes = votes;
        this.meetings = meetings;
    }

    List<Blocker> blockers(Proposal proposal, LifecycleStep step) {
        return switch (step.to()) {
            case WORKGROUP_APPROVAL -> toApproval(proposal);
            case SUBMITTED -> toSubmission(proposal);
            default -> List.of();
        };
    }

    private List<Blocker> toApproval(Proposal proposal) {
        var found = new ArrayList<Blocker>();
        var descriptors = "proposals/" + proposal.id().value() + "/descriptors";
        var errors = descriptorSets.read(proposal.id()).report().errors();
        errors.stream().limit(MAX_LISTED).forEach(error -> found.add(new Blocker(describe(error), descriptors)));
        if (errors.size() > MAX_LISTED) {
            found.add(new Blocker((errors.size() - MAX_LISTED) + " more descriptor errors", descriptors));
        }
        var blocking = threads.threads(proposal.id()).stream().filter(CommentThread::blocksApproval).toList();
        blocking.stream().limit(MAX_LISTED).forEach(thread -> found.add(new Blocker(
                "Open thread marked blocking: \"" + opening(thread) + "\"",
                "proposals/" + proposal.id().value() + "#thread-" + thread.id().value())));
        if (blocking.size() > MAX_LISTED) {
            found.add(new Blocker((blocking.size() - MAX_LISTED) + " more blocking threads",
                    "proposals/" + proposal.id().value()));
        }
        return found;
    }

    private List<Blocker> toSubmission(Proposal proposal) {
        var found = new ArrayList<Blocker>();
        var lifecycle = "proposals/" + proposal.id().value() + "/lifecycle";
        var approved = votes.approved(proposal.id());
        if (!approved.orElse(false)) {
            found.add(new Blocker(approved.isPresent()
                    ? "The workgroup's vote did not approve this milestone: return the proposal to revision."
                    : "The workgroup's vote on this milestone is not decided yet.", lifecycle + "#vote"));
        }
        meetings.submissionBlocker(proposal.id())
                .ifPresent(reason -> found.add(new Blocker(reason, lifecycle + "#panel-meeting")));
        return found;
    }

    private static String describe(ValidationProblem error) {
        return "Descriptor error: " + error.message();
    }

    private static String opening(CommentThread thread) {
        var text = thread.comments().isEmpty() ? "" : thread.comments().getFirst().text().strip();
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }
}
