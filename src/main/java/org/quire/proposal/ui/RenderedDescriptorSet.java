package org.quire.proposal.ui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.quire.descriptor.DescriptorSet;
import org.quire.markdown.SafeHtml;
import org.quire.proposal.ProposalId;
import org.quire.revision.Revision;

/**
 * A descriptor set in CPT style, rendered off the request thread ({@link DescriptorHtmlCache}) the
 * way {@link MarkdownView} renders a section: shown at once when ready within a short wait, else
 * after a progress bar, through Push. An empty set reads as such, with the way to the editor for
 * those who may edit.
 */
class RenderedDescriptorSet extends Div {

    static final int BUDGET_SECONDS = 5;

    RenderedDescriptorSet(Revision revision, DescriptorSet set) {
        addClassName("rendered-descriptors");
        if (set.families().isEmpty()) {
            var empty = new Paragraph("No code descriptors yet.");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        var rendering = DescriptorHtmlCache.render(revision, set);
        try {
            show(rendering.get(MarkdownView.WAIT_MILLIS, TimeUnit.MILLISECONDS));
        } catch (TimeoutException slow) {
            later(rendering);
        } catch (ExecutionException failed) {
            showProblem();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            showProblem();
        }
    }

    /** "No code descriptors yet", and for editors the way to add some. */
    static Component emptyState(ProposalId proposal, boolean mayEdit) {
        var empty = new Div(new Paragraph("No code descriptors yet."));
        empty.addClassName("empty-state");
        empty.setId("no-descriptors");
        if (mayEdit) {
            empty.add(new Anchor(ProposalRoutes.editDescriptors(proposal), "Add code descriptors"));
        }
        return empty;
    }

    private void later(CompletableFuture<SafeHtml> rendering) {
        var ui = Objects.requireNonNull(UI.getCurrent(), "a rendered set is built for a page");
        var progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", "Rendering the code descriptors");
        add(progress);
        rendering.copy().orTimeout(BUDGET_SECONDS, TimeUnit.SECONDS).whenComplete((html, problem) -> {
            try {
                ui.access(() -> {
                    removeAll();
                    if (html != null) {
                        show(html);
                    } else {
                        showProblem();
                    }
                });
            } catch (UIDetachedException closed) {
                // the page was closed meanwhile
            }
        });
    }

    private void show(SafeHtml html) {
        add(new Html("<div>" + html.html() + "</div>"));
    }

    private void showProblem() {
        var note = new Paragraph("The code descriptors could not be shown just now. Reload the page to try again.");
        note.addClassName("render-problem");
        note.getElement().setAttribute("role", "status");
        add(note);
    }
}
