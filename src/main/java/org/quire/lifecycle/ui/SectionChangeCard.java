package org.quire.lifecycle.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.quire.lifecycle.MilestoneComparison.SectionChange;
import org.quire.lifecycle.MilestoneComparison.Status;
import org.quire.markdown.ui.RenderedLater;
import org.quire.proposal.ProposalId;
import org.quire.proposal.RenderedChanges;
import org.quire.proposal.SectionService;
import org.quire.revision.TextDiff;

/**
 * One section in a comparison: its status chips, what moved or was renamed, and its text with the
 * changed words marked (a whole added text as inserted, a whole removed one as deleted).
 */
class SectionChangeCard extends Div {

    SectionChangeCard(SectionChange change, ProposalId proposal, SectionService sections, RenderedChanges changes) {
        addClassName("section-change");
        setId("section-change-" + change.id().value());
        getElement().setAttribute("data-status", change.statuses().stream()
                .map(status -> status.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" ")));
        var heading = new H3(change.title() + " ");
        for (var status : change.statuses()) {
            var chip = new Span(label(status));
            chip.addClassNames("state-badge", "status-chip", "status-" + status.name().toLowerCase(Locale.ROOT));
            heading.add(chip);
        }
        add(heading);
        var before = change.before();
        var after = change.after();
        if (change.has(Status.RENAMED) && before != null) {
            add(note("Renamed from “" + before.title() + "”."));
        }
        if (change.has(Status.MOVED)) {
            add(note("Moved from position " + change.positionBefore() + " to position " + change.positionAfter()
                    + "."));
        }
        var diff = change.diff();
        if (change.has(Status.CHANGED) && diff != null && before != null && after != null) {
            add(note("Revision " + before.revision() + " → " + after.revision() + ": "
                    + words(diff.insertedWords(), "added") + ", " + words(diff.deletedWords(), "removed") + "."));
            add(text(changes, diff));
        } else if (change.has(Status.ADDED) && after != null) {
            add(note("New, at position " + change.positionAfter() + "."));
            add(text(changes, TextDiff.between("", sections.textAt(proposal, change.id(), after.revision()))));
        } else if (change.has(Status.REMOVED) && before != null) {
            add(note("Removed; it stood at position " + change.positionBefore() + "."));
            add(text(changes, TextDiff.between(sections.textAt(proposal, change.id(), before.revision()), "")));
        } else if (change.has(Status.UNCHANGED)) {
            add(note("Same text (revision " + Objects.requireNonNull(after).revision() + ")."));
        }
    }

    static String label(Status status) {
        return switch (status) {
            case ADDED -> "Added";
            case REMOVED -> "Removed";
            case MOVED -> "Moved";
            case RENAMED -> "Renamed";
            case CHANGED -> "Text changed";
            case UNCHANGED -> "Unchanged";
        };
    }

    private static Paragraph note(String text) {
        var note = new Paragraph(text);
        note.addClassName("section-change-note");
        return note;
    }

    private static Div text(RenderedChanges changes, TextDiff diff) {
        if (diff.before().isBlank() && diff.after().isBlank()) {
            var empty = new Div(new Paragraph("Nothing was written in it."));
            empty.addClassName("empty-state");
            return empty;
        }
        var text = new RenderedLater(() -> changes.inline(diff), "the changes");
        text.addClassNames("markdown", "section-change-text");
        return text;
    }

    private static String words(int count, String what) {
        return count + (count == 1 ? " word " : " words ") + what;
    }
}
