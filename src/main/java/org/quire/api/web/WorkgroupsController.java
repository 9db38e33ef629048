package org.quire.api.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.quire.lifecycle.Milestones;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's workgroups and the proposals in them they may read. */
@RestController
@RequestMapping(path = "/api/v1/workgroups", produces = "application/json")
@Tag(name = "Workgroups")
class WorkgroupsController {

    private final WorkgroupService workgroups;
    private final ProposalService proposals;
    private final Milestones milestones;

    WorkgroupsController(WorkgroupService workgroups, ProposalService proposals, Milestones milestones) {
        this.workgroups = workgroups;
        this.proposals = proposals;
        this.milestones = milestones;
    }

    @GetMapping
    @Operation(operationId = "listWorkgroups",
            summary = "The workgroups you have an active role in, by name, with your role")
    List<WorkgroupJson> mine() {
        return workgroups.mine().stream().map(WorkgroupJson::of).toList();
    }

    @GetMapping("/{slug}/proposals")
    @Operation(operationId = "listProposals",
            summary = "The workgroup's proposals you may read, most recently changed first",
            description = "403 when you have no role in the workgroup, 404 when there is no such workgroup.")
    List<ProposalSummaryJson> proposals(@PathVariable String slug) {
        var workgroup = workgroups.workgroup(slug);
        return proposals.list(workgroup.id()).stream().map(listing -> new ProposalSummaryJson(listing.id().value(),
                listing.number(), listing.title(), listing.state().name(), listing.lastChangedAt(),
                milestones.list(listing.id()).stream().map(MilestoneJson::of).toList())).toList();
    }
}
