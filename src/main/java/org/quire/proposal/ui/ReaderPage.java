package org.quire.proposal.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalPermissions;

/**
 * What the reader view shows, handed to {@link ReaderAnnotations}.
 *
 * @param descriptors the rendered descriptor set (its elements carry {@code data-descriptor-id})
 * @param margin an empty column beside the text, for the annotating module to fill
 * @param header an empty line under the title, beside the state badge (lifecycle: deadline, next step)
 */
public record ReaderPage(Proposal proposal, ProposalPermissions permissions, List<ReaderSection> sections,
        Component descriptors, HasComponents margin, HasComponents header) {

    public ReaderPage {
        sections = List.copyOf(sections);
    }
}
