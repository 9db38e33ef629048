package org.quire.proposal.ui;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import org.quire.markdown.MarkdownRenderer;
import org.quire.shared.InputRejected;

/**
 * Rendered Markdown of a section. Rendering runs on the renderer's own bounded executor; the view
 * waits at most {@link #BUDGET_SECONDS} and otherwise shows the source with an explanation.
 */
class MarkdownView extends Div {

    static final int BUDGET_SECONDS = 2;

    MarkdownView(MarkdownRenderer renderer, String markdown) {
        addClassName("markdown");
        if (markdown.isBlank()) {
            var empty = new Paragraph("Nothing written yet.");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        try {
            var rendered = renderer.renderAsync(markdown).get(BUDGET_SECONDS, TimeUnit.SECONDS);
            add(new Html("<div>" + rendered.html().html() + "</div>"));
        } catch (TimeoutException slow) {
            showSource("This text took too long to render; here is its source.", markdown);
        } catch (ExecutionException failed) {
            var reason = failed.getCause() instanceof InputRejected rejected ? rejected.getMessage()
                    : "This text could not be rendered; here is its source.";
            showSource(reason, markdown);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            showSource("Rendering was interrupted; here is the source.", markdown);
        }
    }

    private void showSource(String reason, String markdown) {
        var note = new Paragraph(reason);
        note.addClassName("render-problem");
        note.getElement().setAttribute("role", "status");
        add(note, new Pre(markdown));
    }
}
