package org.quire.api.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.quire.export.DescriptorSetDocument;

/**
 * A proposal as readers see it now, or as a milestone froze it: its sections in order, each with
 * its Markdown and revision, and its descriptor set.
 */
@Schema(name = "Proposal")
record ProposalJson(String id, String number, String title, @Schema(example = "DRAFTING") String state,
        @Schema(description = "The milestone's name, or \"Current draft\"") String source,
        @Nullable MilestoneJson milestone, List<SectionJson> sections, DescriptorSetDocument descriptors) {

    @Schema(name = "Section")
    record SectionJson(String id, @Schema(example = "INTRODUCTORY_LANGUAGE") String kind, String title,
            int revision, String markdown) {
    }
}
