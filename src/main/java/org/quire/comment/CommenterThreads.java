package org.quire.comment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.quire.comment.internal.ThreadStore;
import org.quire.descriptor.DescriptorId;
import org.quire.proposal.CommentPeriod;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.Proposal;
import org.quire.shared.PersonKey;
import org.quire.workgroup.RosterEntry;
import org.quire.workgroup.WorkgroupId;
import org.quire.workgroup.WorkgroupMembers;
import org.quire.workgroup.WorkgroupRole;
import org.springframework.stereotype.Component;

/**
 * Which threads a COMMENTER started, and how the report names them. Whether a person is a commenter
 * comes from the workgroup's roster, whatever their status now (a suspended or removed commenter's
 * threads still take a disposition), and not from the thread: a thread does not keep its starter's
 * role. The roster is STAFF's to read, like the dispositions; callers have checked that.
 */
@Component
class CommenterThreads {

    private final ThreadStore threads;
    private final WorkgroupMembers members;
    private final DescriptorSetService descriptorSets;

    CommenterThreads(ThreadStore threads, WorkgroupMembers members, DescriptorSetService descriptorSets) {
        this.threads = threads;
        this.members = members;
        this.descriptorSets = descriptorSets;
    }

    /** The commenters of the workgroup, by person. */
    Map<PersonKey, RosterEntry> commenters(WorkgroupId workgroup) {
        var commenters = new HashMap<PersonKey, RosterEntry>();
        members.roster(workgroup).stream().filter(entry -> entry.role() == WorkgroupRole.COMMENTER)
                .forEach(entry -> commenters.put(entry.person(), entry));
        return commenters;
    }

    /** Commenters' threads started while the period ran, in document order. */
    List<DispositionRow> rows(Proposal proposal, CommentPeriod period) {
        var commenters = commenters(proposal.workgroup());
        Predicate<CommentThread> inPeriod = thread -> !thread.startedAt().isBefore(period.opens())
                && thread.startedAt().isBefore(period.ends());
        var theirs = threads.ofProposal(proposal.id()).stream()
                .filter(thread -> commenters.containsKey(thread.startedBy())).filter(inPeriod).toList();
        var codes = theirs.stream().anyMatch(thread -> thread.target() instanceof ThreadTarget.Descriptor)
                ? currentCodes(proposal) : Map.<DescriptorId, String>of();
        return DocumentOrder.of(proposal, theirs).stream()
                .map(thread -> row(proposal, thread, commenters.get(thread.startedBy()), codes)).toList();
    }

    private Map<DescriptorId, String> currentCodes(Proposal proposal) {
        var codes = new HashMap<DescriptorId, String>();
        descriptorSets.read(proposal.id()).set().descriptors()
                .forEach(descriptor -> codes.put(descriptor.id(), descriptor.code()));
        return codes;
    }

    private static DispositionRow row(Proposal proposal, CommentThread thread, RosterEntry commenter,
            Map<DescriptorId, String> codes) {
        var organization = thread.organization() != null ? thread.organization()
                : commenter.organization() != null ? commenter.organization() : "";
        var first = thread.comments().getFirst();
        var comment = first.deleted() ? "(comment deleted)" : first.text();
        return switch (thread.target()) {
            case ThreadTarget.Passage passage -> new DispositionRow(thread, organization, commenter.name(),
                    proposal.section(passage.section()).title(), passage.madeOn().quote(), comment);
            case ThreadTarget.Descriptor descriptor -> new DispositionRow(thread, organization, commenter.name(),
                    "Descriptor " + codes.getOrDefault(descriptor.descriptor(), descriptor.code()), "", comment);
            case ThreadTarget.WholeProposal whole -> new DispositionRow(thread, organization, commenter.name(),
                    DispositionRow.WHOLE_PROPOSAL, "", comment);
        };
    }
}
