package org.quire.comment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.quire.comment.Disposition;

/** The workgroup's disposition of a commenter's thread: its kind and the response the commenter reads. */
final class DispositionNote extends Div {

    DispositionNote(MarginContext context, Disposition disposition) {
        addClassName("disposition-note");
        var kind = new Span("Disposition: " + disposition.kind().label());
        kind.addClassName("disposition-kind");
        var by = new Paragraph(new Span("By " + context.nameOf(disposition.by()) + ", "),
                MarginContext.time(disposition.at()));
        by.addClassName("comment-meta");
        add(kind, by, new CommentMarkdown(context.actions().markdown(), disposition.response()));
    }
}
