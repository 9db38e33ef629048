package org.quire.api.web;

import java.util.NoSuchElementException;

import org.quire.export.DescriptorSetDocument;
import org.quire.lifecycle.MilestoneId;
import org.quire.lifecycle.Milestones;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionService;
import org.springframework.stereotype.Component;

/**
 * Reads a proposal for the API through the same services the reader page uses, each of which
 * checks the caller's role (an unreadable proposal or milestone is "not found").
 */
@Component
class ProposalDocuments {

    static final String CURRENT_DRAFT = "Current draft";

    private final ProposalService proposals;
    private final SectionService sections;
    private final DescriptorSetService descriptorSets;
    private final Milestones milestones;

    ProposalDocuments(ProposalService proposals, SectionService sections, DescriptorSetService descriptorSets,
            Milestones milestones) {
        this.proposals = proposals;
        this.sections = sections;
        this.descriptorSets = descriptorSets;
        this.milestones = milestones;
    }

    ProposalJson current(ProposalId id) {
        var proposal = proposals.get(id);
        var texts = sections.readAll(id).stream().map(text -> new ProposalJson.SectionJson(text.section().id().value(),
                text.section().kind().name(), text.section().title(), text.head().number(), text.text())).toList();
        var descriptors = descriptorSets.read(id);
        return new ProposalJson(id.value(), proposal.number(), proposal.title(), proposal.state().name(),
                CURRENT_DRAFT, null, texts, DescriptorSetDocument.of(descriptors.set(), descriptors.head().number()));
    }

    /** @throws NoSuchElementException when the milestone is not one of this proposal's */
    ProposalJson atMilestone(ProposalId id, MilestoneId milestoneId) {
        var proposal = proposals.get(id);
        var content = milestones.content(milestoneId);
        var milestone = content.milestone();
        if (!milestone.proposal().equals(id)) {
            throw new NoSuchElementException("This proposal has no such milestone.");
        }
        var texts = content.sections().stream().map(frozen -> new ProposalJson.SectionJson(
                frozen.section().id().value(), frozen.section().kind().name(), frozen.section().title(),
                frozen.section().revision(), frozen.text())).toList();
        return new ProposalJson(id.value(), proposal.number(), proposal.title(), proposal.state().name(),
                milestone.name(), MilestoneJson.of(milestone), texts,
                DescriptorSetDocument.of(content.descriptors(), milestone.descriptorRevision()));
    }

    /** @throws NoSuchElementException when there is no such proposal or the caller may not read it */
    void requireReadable(ProposalId id) {
        proposals.get(id);
    }

    /** @throws NoSuchElementException when the milestone is not one of this proposal's */
    void requireMilestoneOf(ProposalId id, MilestoneId milestoneId) {
        if (!milestones.get(milestoneId).proposal().equals(id)) {
            throw new NoSuchElementException("This proposal has no such milestone.");
        }
    }
}
