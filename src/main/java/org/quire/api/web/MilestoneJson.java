package org.quire.api.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.quire.lifecycle.Milestone;

/** A named snapshot of a proposal. */
@Schema(name = "Milestone")
record MilestoneJson(String id, String name, Instant at,
        @Schema(description = "The state whose entry made it; null for one made by hand") @Nullable String entered) {

    static MilestoneJson of(Milestone milestone) {
        return new MilestoneJson(milestone.id().value(), milestone.name(), milestone.at(),
                milestone.entered() == null ? null : milestone.entered().name());
    }
}
