package org.quire.comment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import org.quire.comment.CommentThread;
import org.quire.comment.ThreadId;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorLimits;
import org.quire.proposal.ui.ReaderPage;
import tools.jackson.databind.JsonNode;

/**
 * The reader's text side of comments: highlights commented passages (a suggested edit as a tracked
 * change, original struck and replacement inserted), reports the passage a reader selects as a range
 * of the Markdown source, and lets a reader pick a descriptor.
 * <p>
 * The browser part is {@code frontend/src/quire-review.ts}: it reports each section's blocks (source
 * position and own text) once the rendered Markdown is on the page, and a selection as offsets in
 * those texts; the mapping to and from the source happens here ({@link PassageMapping}). The passage
 * just selected stays marked (and its range is on the section as {@code data-selected-range}) until
 * the threads are shown again, so the reader sees what the comment being written is about; a picked
 * descriptor's id is on the descriptors as {@code data-picked-descriptor}.
 */
class TextHighlights {

    static final String SCRIPT = "context://js/quire-review.js";
    private static final String DETAIL = "event.detail";
    private static final String MAY_COMMENT = "data-review-comment";

    private final List<SectionHighlights> sections = new ArrayList<>();
    private Set<String> shownThreads = Set.of();
    private Consumer<SelectedPassage> selectionListener = passage -> { };
    private Consumer<PickedDescriptor> descriptorListener = descriptor -> { };
    private Consumer<ThreadId> highlightListener = thread -> { };

    /** @param mayComment whether the reader may comment now: if not, no Comment buttons are offered */
    TextHighlights(ReaderPage page, boolean mayComment) {
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().addJavaScript(SCRIPT); // once per page: Flow loads a script only once
        }
        for (var readerSection : page.sections()) {
            var section = new SectionHighlights(readerSection);
            sections.add(section);
            var text = readerSection.text().getElement();
            text.setAttribute("data-review-section", readerSection.section().id().value());
            text.setAttribute(MAY_COMMENT, String.valueOf(mayComment));
            text.addEventListener("quire-blocks", event -> {
                if (section.blocksReported(detail(event))) {
                    paint(section);
                }
            }).addEventData(DETAIL);
            text.addEventListener("quire-passage-selected", event -> selected(section, detail(event)))
                    .addEventData(DETAIL);
            text.addEventListener("quire-highlight-clicked", event -> clicked(detail(event))).addEventData(DETAIL);
            text.executeJs("window.QuireReview.watchSection(this)");
        }
        var descriptors = page.descriptors().getElement();
        descriptors.setAttribute(MAY_COMMENT, String.valueOf(mayComment));
        descriptors.addEventListener("quire-descriptor-picked", event -> picked(descriptors, detail(event)))
                .addEventData(DETAIL);
        descriptors.executeJs("window.QuireReview.watchDescriptors(this)");
    }

    /** Paints the passages of these threads (others' highlights are removed). */
    void show(List<CommentThread> threads) {
        shownThreads = threads.stream().map(thread -> thread.id().value()).collect(Collectors.toUnmodifiableSet());
        for (var section : sections) {
            section.show(threads);
            section.section().text().getElement().removeAttribute("data-selected-range");
            paint(section);
        }
    }

    void onSelection(Consumer<SelectedPassage> listener) {
        selectionListener = listener;
    }

    void onDescriptorPicked(Consumer<PickedDescriptor> listener) {
        descriptorListener = listener;
    }

    void onHighlightClicked(Consumer<ThreadId> listener) {
        highlightListener = listener;
    }

    /** Scrolls the thread's passage into view and marks it as the one in focus. */
    void focus(ThreadId thread) {
        var text = sections.isEmpty() ? null : sections.getFirst().section().text().getElement();
        if (text != null) {
            text.executeJs("window.QuireReview.focus($0)", thread.value());
        }
    }

    private void paint(SectionHighlights section) {
        section.marks().ifPresent(json -> section.section().text().getElement()
                .executeJs("window.QuireReview.paint(this, $0)", json));
    }

    private void selected(SectionHighlights section, JsonNode detail) {
        section.select(detail).ifPresent(passage -> {
            Element text = section.section().text().getElement();
            text.setAttribute("data-selected-range", passage.start() + "-" + passage.end());
            paint(section);
            selectionListener.accept(passage);
        });
    }

    private void clicked(JsonNode detail) {
        var thread = detail.path("thread").asString("");
        if (shownThreads.contains(thread)) {
            highlightListener.accept(new ThreadId(thread));
        }
    }

    private void picked(Element descriptors, JsonNode detail) {
        var id = detail.path("id").asString("");
        var code = detail.path("code").asString("");
        try {
            var descriptor = new DescriptorId(id);
            descriptors.setAttribute("data-picked-descriptor", descriptor.value());
            descriptorListener.accept(new PickedDescriptor(descriptor,
                    code.length() > DescriptorLimits.MAX_CODE ? code.substring(0, DescriptorLimits.MAX_CODE) : code));
        } catch (RuntimeException notAnId) {
            // not a descriptor of this page: nothing to pick
        }
    }

    private static JsonNode detail(DomEvent event) {
        return event.getEventData().path(DETAIL);
    }
}
