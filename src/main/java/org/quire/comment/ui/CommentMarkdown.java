package org.quire.comment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.quire.markdown.MarkdownRenderer;
import org.quire.shared.InputRejected;

/**
 * A comment's Markdown as the reader sees it: through the one safe renderer, on the request thread
 * (comments are at most 16 KB), and as plain text with a note when the renderer refuses it.
 */
final class CommentMarkdown extends Div {

    CommentMarkdown(MarkdownRenderer renderer, String markdown) {
        addClassNames("markdown", "comment-text");
        try {
            add(new Html("<div>" + renderer.render(markdown).html().html() + "</div>"));
        } catch (InputRejected refused) {
            var note = new Paragraph(refused.getMessage() + " Here is the text as written.");
            note.addClassName("render-problem");
            var source = new Paragraph(markdown);
            source.addClassName("comment-source");
            add(note, source);
        }
    }
}
