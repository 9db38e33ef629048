package org.quire.export.internal;

import org.jsoup.nodes.Element;
import org.quire.descriptor.DescriptorRendering;
import org.quire.descriptor.DescriptorSet;

/**
 * The summary table of code changes and the descriptor set with its legend, as the descriptor module
 * renders them for the reader, so the export shows a set exactly as Quire does.
 */
final class CodeChangesHtml {

    static final String SUMMARY_ID = "summary";
    static final String DESCRIPTORS_ID = "descriptors";

    private CodeChangesHtml() {
    }

    static void append(Element body, DescriptorSet set) {
        ApplicationHtml.part(body, SUMMARY_ID, ApplicationHtml.SUMMARY)
                .appendChildren(ApplicationHtml.nodes(DescriptorRendering.summary(set)));
        var descriptors = ApplicationHtml.part(body, DESCRIPTORS_ID, ApplicationHtml.DESCRIPTORS);
        // the whole rendering for its legend; its summary table is already the part above
        descriptors.appendChildren(ApplicationHtml.nodes(DescriptorRendering.render(set)));
        descriptors.select(".cpt-summary, .cpt-summary-empty").remove();
        // families sit under the part's h1 here, not under a page's h2 as in the reader
        descriptors.select("h3.cpt-family-name").tagName("h2");
        keepNotesWithTheirCode(descriptors);
    }

    /**
     * A code's line, full descriptor and notes in one block that a page break does not split (the
     * indented codes under it may go to the next page): paged media cannot keep a block with the
     * one before it.
     */
    private static void keepNotesWithTheirCode(Element descriptors) {
        for (var item : descriptors.select("li.cpt-descriptor")) {
            var own = item.select("> .cpt-entry, > .cpt-full, > .cpt-notes");
            var block = new Element("div").addClass("cpt-own");
            own.first().before(block);
            block.appendChildren(own);
        }
    }
}
