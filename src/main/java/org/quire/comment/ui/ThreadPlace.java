package org.quire.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.quire.comment.AnchorState;
import org.quire.comment.CommentThread;
import org.quire.comment.ThreadTarget;
import org.quire.proposal.ui.ReaderPage;

/**
 * Where a thread points, in words: the section, descriptor or whole proposal; the passage it quotes;
 * and how its anchor fared since (a detached thread keeps its original quote and a link to the
 * revision it was made on, so it is never lost).
 */
final class ThreadPlace {

    private ThreadPlace() {
    }

    static String label(CommentThread thread, ReaderPage page) {
        return switch (thread.target()) {
            case ThreadTarget.Passage passage -> page.proposal().sections().stream()
                    .filter(section -> section.id().equals(passage.section())).findFirst()
                    .map(section -> section.title() + (section.removed() ? " (removed section)" : ""))
                    .orElse("A removed section");
            case ThreadTarget.Descriptor descriptor -> "Descriptor " + descriptor.code();
            case ThreadTarget.WholeProposal whole -> "Whole proposal";
        };
    }

    /** The anchor's state as a badge, or null while the passage is where and as it was. */
    static @Nullable Span badge(ThreadTarget target) {
        if (!(target instanceof ThreadTarget.Passage passage) || passage.state() == AnchorState.INTACT) {
            return null;
        }
        var badge = new Span(switch (passage.state()) {
            case MOVED -> "Moved";
            case CHANGED -> "Changed";
            case DETACHED -> "Detached";
            case INTACT -> "";
        });
        badge.addClassNames("anchor-badge", "anchor-" + passage.state().name().toLowerCase(java.util.Locale.ROOT));
        badge.getElement().setAttribute("title", explanation(passage.state()));
        return badge;
    }

    static String explanation(AnchorState state) {
        return switch (state) {
            case INTACT -> "The passage reads as it did when the thread began.";
            case MOVED -> "The passage was moved; its words are unchanged.";
            case CHANGED -> "The words of the passage changed since the thread began.";
            case DETACHED -> "The passage is no longer in the text. Here is what it said.";
        };
    }

    /** The quoted passage with, when it is not intact, what happened to it. */
    static @Nullable Component quote(CommentThread thread, ReaderPage page) {
        if (!(thread.target() instanceof ThreadTarget.Passage passage)) {
            return null;
        }
        var box = new Div();
        box.addClassName("thread-quote");
        if (passage.state() != AnchorState.INTACT) {
            var note = new Paragraph(explanation(passage.state()));
            note.addClassName("anchor-explanation");
            box.add(note);
        }
        boolean detached = passage.state() == AnchorState.DETACHED;
        var quoted = new Paragraph(detached ? passage.madeOn().quote() : passage.anchor().quote());
        quoted.addClassName("quoted-passage");
        box.add(blockquote(quoted));
        if (detached || passage.state() == AnchorState.CHANGED) {
            var link = new Anchor(ReviewRoutes.sectionRevision(page.proposal().id(), passage.section(),
                    passage.madeOnRevision()), "Made on revision " + passage.madeOnRevision());
            link.addClassName("made-on-revision");
            box.add(link);
        }
        return box;
    }

    static Component blockquote(Component content) {
        var quote = new Quote();
        quote.add(content);
        return quote;
    }

    @Tag("blockquote")
    private static final class Quote extends HtmlContainer {
    }

    static boolean detached(CommentThread thread) {
        return thread.target() instanceof ThreadTarget.Passage passage && passage.state() == AnchorState.DETACHED;
    }
}
