package org.quire.proposal.ui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.jspecify.annotations.Nullable;
import org.quire.markdown.MarkdownRenderer;
import org.quire.markdown.RenderedMarkdown;
import org.quire.shared.InputRejected;

/**
 * Rendered Markdown of a section. Rendering runs on the renderer's own bounded executor: a result
 * ready within {@link #WAIT_MILLIS} (the cache, or an ordinary section) is shown at once; a slower
 * one shows a progress bar and arrives through Push, and after {@link #BUDGET_SECONDS} the source
 * is shown with an explanation. The page is never held up longer than the short wait.
 */
class MarkdownView extends Div {

    static final int WAIT_MILLIS = 60;
    static final int BUDGET_SECONDS = 2;

    MarkdownView(MarkdownRenderer renderer, String markdown) {
        addClassName("markdown");
        if (markdown.isBlank()) {
            var empty = new Paragraph("Nothing written yet.");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        var rendering = renderer.renderAsync(markdown);
        try {
            show(rendering.get(WAIT_MILLIS, TimeUnit.MILLISECONDS));
        } catch (TimeoutException slow) {
            later(rendering, markdown);
        } catch (ExecutionException failed) {
            showProblem(failed.getCause(), markdown);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            showSource("Rendering was interrupted; here is the source.", markdown);
        }
    }

    private void later(CompletableFuture<RenderedMarkdown> rendering, String markdown) {
        var ui = Objects.requireNonNull(UI.getCurrent(), "rendered Markdown is built for a page");
        var progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", "Rendering the text");
        add(progress);
        rendering.orTimeout(BUDGET_SECONDS, TimeUnit.SECONDS).whenComplete((rendered, problem) -> {
            try {
                ui.access(() -> {
                    removeAll();
                    if (rendered != null) {
                        show(rendered);
                    } else {
                        showProblem(problem instanceof CompletionException wrapped ? wrapped.getCause() : problem,
                                markdown);
                    }
                });
            } catch (UIDetachedException closed) {
                // the page was closed meanwhile
            }
        });
    }

    private void show(RenderedMarkdown rendered) {
        add(new Html("<div>" + rendered.html().html() + "</div>"));
    }

    private void showProblem(@Nullable Throwable problem, String markdown) {
        if (problem instanceof TimeoutException) {
            showSource("This text took too long to render; here is its source.", markdown);
        } else if (problem instanceof InputRejected rejected) {
            showSource(rejected.getMessage(), markdown);
        } else {
            showSource("This text could not be rendered; here is its source.", markdown);
        }
    }

    private void showSource(String reason, String markdown) {
        var note = new Paragraph(reason);
        note.addClassName("render-problem");
        note.getElement().setAttribute("role", "status");
        add(note, new Pre(markdown));
    }
}
