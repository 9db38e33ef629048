package org.quire.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.quire.lifecycle.MilestoneId;
import org.quire.proposal.ProposalId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A proposal as JSON, at its current heads or at a milestone. */
@RestController
@RequestMapping(path = "/api/v1/proposals/{id}", produces = "application/json")
@Tag(name = "Proposals")
class ProposalsController {

    private final ProposalDocuments documents;

    ProposalsController(ProposalDocuments documents) {
        this.documents = documents;
    }

    @GetMapping
    @Operation(operationId = "getProposal",
            summary = "The proposal as readers see it now: sections in order with their Markdown, and the "
            + "descriptor set", description = "404 when there is no such proposal or you may not read it.")
    ProposalJson current(@PathVariable String id) {
        return documents.current(new ProposalId(id));
    }

    @GetMapping("/milestones/{milestoneId}")
    @Operation(operationId = "getProposalAtMilestone",
            summary = "The proposal as the milestone froze it",
            description = "404 when there is no such proposal or milestone, or you may not read it.")
    ProposalJson atMilestone(@PathVariable String id, @PathVariable String milestoneId) {
        return documents.atMilestone(new ProposalId(id), new MilestoneId(milestoneId));
    }
}
