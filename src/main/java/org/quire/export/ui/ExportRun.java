package org.quire.export.ui;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadEvent;
import org.jspecify.annotations.Nullable;
import org.quire.export.ExportCancelled;
import org.quire.export.ExportFile;
import org.quire.export.ExportProgress;
import org.quire.proposal.ui.InBackground;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One export running off the UI thread: a progress bar with what is being written, a Cancel button,
 * then the file, downloaded at once and offered as a link. At most {@link #AT_ONCE} exports run on
 * a node; others wait their turn (and can be cancelled while they wait).
 */
class ExportRun extends Div {

    private static final Logger log = LoggerFactory.getLogger(ExportRun.class);
    static final int AT_ONCE = 2;
    private static final Semaphore SLOTS = new Semaphore(AT_ONCE, true);
    private static final long REPAINT_MILLIS = 120;

    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Paragraph step = new Paragraph();
    private final Button cancel = new Button("Cancel export");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Runnable finished;
    private long repainted;
    private @Nullable ExportFile file;

    /**
     * Starts {@code work} at once, as the signed-in person.
     *
     * @param finished called on the UI thread when the export ended, however it ended
     */
    ExportRun(UI ui, Function<ExportProgress, ExportFile> work, Runnable finished) {
        this.finished = finished;
        setId("export-run");
        addClassName("export-run");
        bar.setId("export-progress");
        bar.getElement().setAttribute("aria-label", "Export progress");
        step.setId("export-step");
        step.getElement().setAttribute("role", "status");
        step.setText("Starting…");
        cancel.setId("export-cancel");
        cancel.addClickListener(click -> {
            cancelled.set(true);
            cancel.setEnabled(false);
            step.setText("Cancelling…");
        });
        add(bar, step, cancel);
        var background = InBackground.forCurrentTab(ui);
        background.run(() -> inTurn(work, progressOn(background)), this::ready, this::failed);
    }

    /** The node's export slots (tests hold them to watch an export wait its turn). */
    static Semaphore slots() {
        return SLOTS;
    }

    private ExportFile inTurn(Function<ExportProgress, ExportFile> work, ExportProgress progress) {
        try {
            while (!SLOTS.tryAcquire(200, TimeUnit.MILLISECONDS)) {
                progress.advance(0, "Waiting for another export to finish");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ExportCancelled();
        }
        try {
            return work.apply(progress);
        } finally {
            SLOTS.release();
        }
    }

    private ExportProgress progressOn(InBackground background) {
        return (done, what) -> {
            if (cancelled.get()) {
                throw new ExportCancelled();
            }
            long now = System.nanoTime() / 1_000_000;
            if (now - repainted >= REPAINT_MILLIS || done >= 1) {
                repainted = now;
                background.onPage(() -> {
                    bar.setValue(Math.clamp(done, 0, 1));
                    step.setText(what);
                });
            }
        };
    }

    private void ready(ExportFile ready) {
        file = ready;
        bar.setValue(1);
        step.setText("Ready: " + ready.fileName() + " (" + size(ready.size()) + ")");
        var download = new Anchor(this::download, AttachmentType.DOWNLOAD, "Download " + ready.fileName());
        download.setId("export-download");
        download.addClassName("export-download");
        remove(cancel);
        add(download);
        // the file downloads when ready; the link stays for a second copy
        download.getElement().executeJs("this.click()");
        finished.run();
    }

    private void failed(RuntimeException problem) {
        if (!(problem instanceof ExportCancelled || problem instanceof AccessRefused
                || problem instanceof InputRejected)) {
            log.warn("An export failed", problem);
        }
        remove(bar, cancel);
        step.setText(switch (problem) {
            case ExportCancelled cancelledNow -> "Export cancelled. Nothing was saved.";
            case AccessRefused refused -> refused.getMessage();
            case InputRejected rejected -> rejected.getMessage();
            default -> "The export failed. Try again; if it fails again, tell the workgroup's staff.";
        });
        step.addClassName(problem instanceof ExportCancelled ? "export-cancelled" : "export-failed");
        finished.run();
    }

    private void download(DownloadEvent event) throws java.io.IOException {
        var ready = file;
        if (ready == null) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(ready.fileName());
        event.setContentType(ready.mediaType());
        event.setContentLength(ready.size());
        var out = event.getOutputStream();
        out.write(ready.content());
        out.flush();
    }

    static String size(int bytes) {
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? (bytes + 512) / 1024 + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
