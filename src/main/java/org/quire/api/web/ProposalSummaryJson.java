package org.quire.api.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A row of a workgroup's proposal list, with the proposal's milestones (oldest first). */
@Schema(name = "ProposalSummary")
record ProposalSummaryJson(String id, @Schema(example = "TH-2026-001") String number, String title,
        @Schema(example = "COMMENT_PERIOD") String state, Instant lastChangedAt, List<MilestoneJson> milestones) {
}
