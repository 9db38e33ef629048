package org.quire.markdown.ui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.quire.markdown.SafeHtml;

/**
 * Safe HTML made off the request thread (a section's Markdown, a diff, a descriptor set): shown at
 * once when ready within a short wait, else after a progress bar, through Push, and a readable
 * note when it fails or takes longer than {@link #BUDGET_SECONDS}. A page of many parts (a
 * milestone) is never held up by one of them.
 */
public final class RenderedLater extends Div {

    public static final int WAIT_MILLIS = 60;
    public static final int BUDGET_SECONDS = 5;

    // Deep stacks, as the Markdown pipeline's own threads: flexmark recurses on some long constructs.
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon()
            .name("html-rendering-", 0).stackSize(8L * 1024 * 1024).factory());

    private final String what;

    /** @param what what is rendered, in words ("the code descriptors"), for the progress bar and a failure */
    public RenderedLater(Supplier<SafeHtml> work, String what) {
        this(CompletableFuture.supplyAsync(work, WORKERS), what);
    }

    public RenderedLater(CompletableFuture<SafeHtml> rendering, String what) {
        this.what = what;
        try {
            show(rendering.get(WAIT_MILLIS, TimeUnit.MILLISECONDS));
        } catch (TimeoutException slow) {
            later(rendering);
        } catch (ExecutionException failed) {
            showProblem();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            showProblem();
        }
    }

    private void later(CompletableFuture<SafeHtml> rendering) {
        var ui = Objects.requireNonNull(UI.getCurrent(), "rendered HTML is built for a page");
        var progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", "Rendering " + what);
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
        var note = new Paragraph(capitalized(what) + " could not be shown just now. Reload the page to try again.");
        note.addClassName("render-problem");
        note.getElement().setAttribute("role", "status");
        add(note);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
