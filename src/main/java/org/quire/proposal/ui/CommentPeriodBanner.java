package org.quire.proposal.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.quire.proposal.CommentPeriodOutlook;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.ProposalId;

/**
 * The deadline on a proposal's pages: while a period runs, until when and how long is left (and
 * for a commenter whether they may comment); when one is scheduled, when it opens; after, when it
 * closed. STAFF get links to the periods and the dispositions. While shown it reads the periods
 * again each minute off the request thread (one small query), so the time left stays true and an
 * extension or early close shows up.
 */
class CommentPeriodBanner extends Div {

    private static final ScheduledExecutorService MINUTES = Executors.newSingleThreadScheduledExecutor(work -> {
        var thread = new Thread(work, "comment-period-banner");
        thread.setDaemon(true);
        return thread;
    });

    private final CommentPeriods periods;
    private final Span text = new Span();
    private final Div links = new Div();
    private @Nullable ProposalId proposal;
    private @Nullable InBackground background;
    private @Nullable ScheduledFuture<?> ticking;
    private PeriodTimes times = new PeriodTimes(java.time.ZoneId.systemDefault());

    CommentPeriodBanner(CommentPeriods periods) {
        this.periods = periods;
        setId("comment-period-banner");
        addClassName("comment-period-banner");
        text.setId("comment-period-status");
        text.getElement().setAttribute("role", "status");
        links.addClassName("comment-period-links");
        add(text, links);
        setVisible(false);
    }

    /** Call on the request thread that opens the page: it reads as the person signed in there. */
    void follow(UI ui, ProposalId id) {
        proposal = id;
        times = PeriodTimes.of(ui);
        background = InBackground.forCurrentTab(ui);
        show(periods.outlook(id));
    }

    void show(CommentPeriodOutlook outlook) {
        links.removeAll();
        if (outlook.manage() && proposal != null) {
            links.add(new Anchor(ProposalRoutes.commentPeriods(proposal), "Comment periods"),
                    new Anchor(ProposalRoutes.dispositions(proposal), "Dispositions"));
        }
        var now = outlook.now();
        var open = outlook.open();
        var next = outlook.next();
        var last = outlook.last();
        String message;
        if (open.isPresent()) {
            var closes = open.get().ends();
            message = "Comment period open until " + times.full(closes) + " — " + PeriodTimes.left(now, closes)
                    + " left.";
            if (outlook.commenter()) {
                message += outlook.mayComment() ? " You may comment and suggest edits until then."
                        : " This period is open to other organizations: you can read, not comment.";
            }
        } else if (next.isPresent()) {
            message = "A comment period opens on " + times.full(next.get().opens()) + " and runs until "
                    + times.full(next.get().closes()) + ".";
        } else if (last.isPresent()) {
            message = "Comment period closed on " + times.full(last.get().ends()) + ".";
            if (outlook.commenter()) {
                message += " Your threads stay readable, and the workgroup answers them.";
            }
        } else {
            message = outlook.manage() ? "No comment period has been opened on this proposal." : "";
        }
        text.setText(message);
        getElement().setAttribute("data-state", open.isPresent() ? "open" : next.isPresent() ? "scheduled"
                : last.isPresent() ? "closed" : "none");
        setVisible(!message.isEmpty());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (background != null && ticking == null) {
            ticking = MINUTES.scheduleAtFixedRate(this::reread, 60, 60, TimeUnit.SECONDS);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        super.onDetach(detachEvent);
    }

    private void reread() {
        var id = proposal;
        var work = background;
        if (id != null && work != null) {
            // a reader who lost access meanwhile keeps the last text; the page itself handles that
            work.run(() -> periods.outlook(id), this::show, problem -> { });
        }
    }
}
